/**
 * The `Class` dimension values of the EC2 vCPU usage metrics (`AWS/Usage`
 * `ResourceCount`, `Service=EC2`, `Type=Resource`, `Resource=vCPU`), one per
 * EC2 vCPU-based quota: "Running On-Demand <family> instances" and "All <family>
 * Spot Instance Requests".
 */
export const InstanceClass = {
    /** Running On-Demand Standard instances. */
    StandardOnDemand: "Standard/OnDemand",
    /** Running On-Demand F instances. */
    FOnDemand: "F/OnDemand",
    /** Running On-Demand G instances. */
    GOnDemand: "G/OnDemand",
    /** Running On-Demand Inf instances. */
    InfOnDemand: "Inf/OnDemand",
    /** Running On-Demand P instances. */
    POnDemand: "P/OnDemand",
    /** Running On-Demand X instances. */
    XOnDemand: "X/OnDemand",
    /** Running On-Demand DL instances. */
    DlOnDemand: "DL/OnDemand",
    /** Running On-Demand Trn instances. */
    TrnOnDemand: "Trn/OnDemand",
    /** All Standard Spot Instance Requests. */
    StandardSpot: "Standard/Spot",
    /** All F Spot Instance Requests. */
    FSpot: "F/Spot",
    /** All G Spot Instance Requests. */
    GSpot: "G/Spot",
    /** All Inf Spot Instance Requests. */
    InfSpot: "Inf/Spot",
    /** All P Spot Instance Requests. */
    PSpot: "P/Spot",
    /** All X Spot Instance Requests. */
    XSpot: "X/Spot",
    /** All DL Spot Instance Requests. */
    DlSpot: "DL/Spot",
    /** All Trn Spot Instance Requests. */
    TrnSpot: "Trn/Spot",
} as const;

/** One of `InstanceClass`. */
export type InstanceClass = (typeof InstanceClass)[keyof typeof InstanceClass];

/** Every `InstanceClass` value, On-Demand first. */
export const ALL_INSTANCE_CLASSES: readonly InstanceClass[] = Object.freeze(Object.values(InstanceClass));

/**
 * The classes alarmed on by default: every On-Demand family an attacker can
 * launch (Standard, and the GPU and accelerator families F, G, Inf, P, X, DL,
 * Trn), and Spot for the three families crypto-mining favours (Standard, G, P).
 * 11 alarms per region; the rarer Spot families are left out to keep the cost
 * down, and can be added.
 */
export const DEFAULT_INSTANCE_CLASSES: readonly InstanceClass[] = Object.freeze([
    "Standard/OnDemand",
    "F/OnDemand",
    "G/OnDemand",
    "Inf/OnDemand",
    "P/OnDemand",
    "X/OnDemand",
    "DL/OnDemand",
    "Trn/OnDemand",
    "Standard/Spot",
    "G/Spot",
    "P/Spot",
]);
