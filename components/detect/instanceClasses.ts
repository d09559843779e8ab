/**
 * The `Class` dimension values of the EC2 vCPU usage metrics (`AWS/Usage`
 * `ResourceCount`, `Service=EC2`, `Type=Resource`, `Resource=vCPU`), one per
 * EC2 vCPU-based quota: "Running On-Demand <family> instances" and "All <family>
 * Spot Instance Requests". Each quota's usage metric names its class; High
 * Memory instances (`u-*`) have an On-Demand quota and no Spot quota.
 *
 * @awsfact https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html — On-Demand vCPU quotas: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z), F, G and VT, High Memory, Inf, P, X, DL and Trn instances
 * @awsfact https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html — Spot vCPU quotas: All Standard, F, G and VT, Inf, P, X, DL and Trn Spot Instance Requests (no High Memory Spot quota)
 * @awsfact https://docs.aws.amazon.com/servicequotas/latest/userguide/configure-cloudwatch.html — Service Quotas usage metrics live in the AWS/Usage namespace; EC2 vCPU quotas report ResourceCount with dimensions Service=EC2, Type=Resource, Resource=vCPU and Class=<family>/<OnDemand|Spot>
 * @awsfact https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/API_ListServiceQuotas.html — ListServiceQuotas returns each quota's UsageMetric with its dimensions, the authority for a Class value; HighMem/OnDemand (Running On-Demand High Memory instances, L-43DA4232) was read from such an output, as no documentation page lists it
 */
export const InstanceClass = {
    /** Running On-Demand Standard instances. */
    StandardOnDemand: "Standard/OnDemand",
    /** Running On-Demand F instances. */
    FOnDemand: "F/OnDemand",
    /** Running On-Demand G and VT instances. */
    GOnDemand: "G/OnDemand",
    /** Running On-Demand High Memory instances (`u-*`; there is no High Memory Spot quota). */
    HighMemOnDemand: "HighMem/OnDemand",
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
    /** All G and VT Spot Instance Requests. */
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
 * launch (Standard, the GPU and accelerator families F, G, Inf, P, DL, Trn, and
 * the memory families X and High Memory, whose largest sizes cost hundreds of
 * dollars an hour), and Spot for the three families crypto-mining favours
 * (Standard, G, P). 12 alarms per region; the rarer Spot families are left out to
 * keep the cost down, and can be added.
 */
export const DEFAULT_INSTANCE_CLASSES: readonly InstanceClass[] = Object.freeze([
    "Standard/OnDemand",
    "F/OnDemand",
    "G/OnDemand",
    "HighMem/OnDemand",
    "Inf/OnDemand",
    "P/OnDemand",
    "X/OnDemand",
    "DL/OnDemand",
    "Trn/OnDemand",
    "Standard/Spot",
    "G/Spot",
    "P/Spot",
]);
