/** `aws:cloudtrail/trail:Trail`. */
export const TRAIL = "aws:cloudtrail/trail:Trail";
