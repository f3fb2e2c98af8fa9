import { reviewSettingDefaults, type ReviewSettings } from '@laureate/schemas';

/**
 * A competition's review settings with the defaults filled in, for competitions created before
 * the settings existed or never changed since.
 *
 * @example reviewSettingsOf({ blind: true }).divergenceThreshold // 20
 */
export function reviewSettingsOf(record: Partial<ReviewSettings>): ReviewSettings {
  return {
    blind: record.blind ?? reviewSettingDefaults.blind,
    showOtherReviewsAfterSubmit:
      record.showOtherReviewsAfterSubmit ?? reviewSettingDefaults.showOtherReviewsAfterSubmit,
    divergenceThreshold: record.divergenceThreshold ?? reviewSettingDefaults.divergenceThreshold,
    extraJurorOnDivergence:
      record.extraJurorOnDivergence ?? reviewSettingDefaults.extraJurorOnDivergence,
    assignmentRules: record.assignmentRules ?? reviewSettingDefaults.assignmentRules,
    bidding: record.bidding ?? reviewSettingDefaults.bidding,
    reminderDaysBefore: record.reminderDaysBefore ?? reviewSettingDefaults.reminderDaysBefore,
  };
}
