/** The seed appeal's six impact tiers, `[amount, label]` each, as its blogger wrote them. */
export declare const SAMPLE_TIERS: readonly (readonly [amount: number, label: string])[];
