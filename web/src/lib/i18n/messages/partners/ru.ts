import type { PartnersMessages } from './en.ts';

export const partnersRu: PartnersMessages = {
  'partners.title': 'Организации-партнёры',
  'partners.none':
    'Партнёров пока нет. Ведущая организация может добавить партнёров из любой страны конкурса.',
  'partners.role.co_applicant': 'соисполнитель',
  'partners.role.partner': 'партнёр',
  'partners.edits': 'Её участники могут редактировать: {sections}.',
  'partners.readsOnly': 'Её участники могут читать заявку.',
  'partners.youArePartner':
    'Ваша организация — партнёр по этой заявке: вы видите её целиком и можете редактировать разделы, открытые вам ведущей организацией. Подаёт заявку только ведущая организация.',
  'partners.edit': 'Добавить или изменить партнёров',
  'partners.role': 'Роль',
  'partners.contribution': 'Её вклад в проект',
  'partners.sections': 'Разделы, которые могут редактировать её участники',
  'partners.remove': 'Убрать {name}',
  'partners.add': 'Добавить партнёра',
  'partners.country': 'Страна',
  'partners.noneListed': 'В каталоге нет других организаций из этой страны.',
  'partners.organisation': 'Организация',
  'partners.more': 'Показать ещё организации этой страны',
  'partners.addButton': 'Добавить в список',
  'partners.save': 'Сохранить партнёров',
  'partners.cancel': 'Отмена',
};
