/**
 * The `Class` dimension values of the EC2 vCPU usage metrics (`AWS/Usage`
 * `ResourceCount`, `Service=EC2`, `Type=Resource`, `Resource=vCPU`), one per
 * EC2 vCPU-based quota: "Running On-Demand <family> instances" and "All <family>
 * Spot Instance Requests".
 */
export const ALL_INSTANCE_CLASSES = [
    "Standard/OnDemand",
    "F/OnDemand",
    "G/OnDemand",
    "Inf/OnDemand",
    "P/OnDemand",
    "X/OnDemand",
    "DL/OnDemand",
    "Trn/OnDemand",
    "Standard/Spot",
    "F/Spot",
    "G/Spot",
    "Inf/Spot",
    "P/Spot",
    "X/Spot",
    "DL/Spot",
    "Trn/Spot",
] as const;

/** One of {@link ALL_INSTANCE_CLASSES}. */
export type InstanceClass = (typeof ALL_INSTANCE_CLASSES)[number];

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
