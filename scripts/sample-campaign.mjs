// The seed appeal's six impact tiers (../shared/SAMPLE-CAMPAIGN.md), as its blogger wrote them:
// one copy for the tests and the scripts that show or measure the widget with them.
export const SAMPLE_TIERS = [
  [45, 'covers one day of undercover investigations'],
  [240, 'covers six days of aftercare for a victim'],
  [455, 'covers seven days of legal advocacy'],
  [2540, 'covers one day of operations in a field office'],
  [4500, 'covers one rescue operation for victims of sex trafficking or forced-labour slavery'],
  [18500, 'covers a national lawyer advocating for the oppressed, for a year'],
];
