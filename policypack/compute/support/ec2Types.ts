/** Type tokens of the EC2 launch shapes the compute policies inspect (checked against @pulumi/aws 7.48). */

/** `aws:ec2/instance:Instance`. */
export const INSTANCE = "aws:ec2/instance:Instance";
/** `aws:ec2/launchTemplate:LaunchTemplate`. */
export const LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
/** `aws:ec2/spotInstanceRequest:SpotInstanceRequest`. */
export const SPOT_INSTANCE_REQUEST = "aws:ec2/spotInstanceRequest:SpotInstanceRequest";
/** `aws:ec2/launchConfiguration:LaunchConfiguration` (legacy Auto Scaling launch configurations). */
export const LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration";
/** `aws:ec2/spotFleetRequest:SpotFleetRequest`. */
export const SPOT_FLEET_REQUEST = "aws:ec2/spotFleetRequest:SpotFleetRequest";
/** `aws:ec2/fleet:Fleet`. */
export const FLEET = "aws:ec2/fleet:Fleet";
/** `aws:autoscaling/group:Group`. */
export const AUTOSCALING_GROUP = "aws:autoscaling/group:Group";
/** `aws:eks/nodeGroup:NodeGroup`. */
export const EKS_NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
/** `aws:batch/computeEnvironment:ComputeEnvironment`. */
export const BATCH_COMPUTE_ENVIRONMENT = "aws:batch/computeEnvironment:ComputeEnvironment";
/** `aws:ebs/volume:Volume`. */
export const EBS_VOLUME = "aws:ebs/volume:Volume";
