/**
 * Type tokens of the RDS resources the storage policies check.
 */

/** `aws:rds/instance:Instance`, a standalone DB instance. */
export const RDS_INSTANCE = "aws:rds/instance:Instance";
/** `aws:rds/clusterInstance:ClusterInstance`, an instance of an Aurora (or Multi-AZ DB) cluster. */
export const RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
/** `aws:rds/cluster:Cluster`, an Aurora or Multi-AZ DB cluster. */
export const RDS_CLUSTER = "aws:rds/cluster:Cluster";
