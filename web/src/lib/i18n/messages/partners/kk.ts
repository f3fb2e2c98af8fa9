import type { PartnersMessages } from './en.ts';

export const partnersKk: PartnersMessages = {
  'partners.title': 'Серіктес ұйымдар',
  'partners.none':
    'Әзірге серіктестер жоқ. Жетекші ұйым байқауға қатысатын кез келген елден серіктес қоса алады.',
  'partners.role.co_applicant': 'бірлескен өтініш беруші',
  'partners.role.partner': 'серіктес',
  'partners.edits': 'Оның мүшелері өңдей алады: {sections}.',
  'partners.readsOnly': 'Оның мүшелері өтінімді оқи алады.',
  'partners.youArePartner':
    'Сіздің ұйымыңыз осы өтінім бойынша серіктес: өтінімді толық оқи аласыз және жетекші ұйым ашқан бөлімдерді өңдей аласыз. Өтінімді тек жетекші ұйым тапсырады.',
  'partners.edit': 'Серіктестерді қосу немесе өзгерту',
  'partners.role': 'Рөлі',
  'partners.contribution': 'Жобадағы үлесі',
  'partners.sections': 'Мүшелері өңдей алатын бөлімдер',
  'partners.remove': '{name} алып тастау',
  'partners.add': 'Серіктес қосу',
  'partners.country': 'Ел',
  'partners.noneListed': 'Анықтамалықта бұл елдің басқа ұйымдары жоқ.',
  'partners.organisation': 'Ұйым',
  'partners.more': 'Осы елдің тағы ұйымдарын көрсету',
  'partners.addButton': 'Тізімге қосу',
  'partners.save': 'Серіктестерді сақтау',
  'partners.cancel': 'Бас тарту',
};
