/**
 * Port ranges and the well-known ports the network policies care about.
 */
import { asNumber, type PropValue, UNKNOWN } from "../../framework/props";

/** An inclusive range of TCP or UDP ports. */
export interface PortRange {
    /** The first port. */
    from: number;
    /** The last port. */
    to: number;
}

/** The highest port number. */
export const MAX_PORT = 65535;

/** Every port. */
export const ALL_PORTS: PortRange = { from: 0, to: MAX_PORT };

/** Marks a field that is present but invalid (a port missing, odd or reversed): AWS would reject the rule, so it is not judged. */
export const INVALID: unique symbol = Symbol("invalid ports");

function clampPort(value: number, fallback: number): number {
    if (value < 0) {
        return fallback;
    }
    return Math.min(MAX_PORT, Math.floor(value));
}

/**
 * The port range of a security group rule or network ACL entry: every port for
 * "all"; from/to for tcp and udp (-1 reads as "no limit", as AWS treats it);
 * undefined for other protocols; UNKNOWN when the protocol or a port is not
 * known yet; {@link INVALID} when a port is missing, odd or reversed.
 */
export function portRangeOf(protocol: string | typeof UNKNOWN, from: PropValue, to: PropValue): PortRange | undefined | typeof UNKNOWN | typeof INVALID {
    if (protocol === UNKNOWN) {
        return UNKNOWN;
    }
    if (protocol === "all") {
        return ALL_PORTS;
    }
    if (protocol !== "tcp" && protocol !== "udp") {
        return undefined;
    }
    if (from === UNKNOWN || to === UNKNOWN) {
        return UNKNOWN;
    }
    const start = asNumber(from);
    const end = asNumber(to);
    if (start === undefined || end === undefined) {
        return INVALID;
    }
    const range = { from: clampPort(start, 0), to: clampPort(end, MAX_PORT) };
    return range.from <= range.to ? range : INVALID;
}

/**
 * Ports that must never be reachable from the whole internet: remote
 * administration (CIS "remote server administration ports": SSH and RDP, plus
 * Telnet, VNC, WinRM, SMB/CIFS and the Docker API), and databases and caches
 * that are routinely found open and ransomed.
 */
export const ADMIN_PORT_NAMES: Readonly<Record<number, string>> = {
    22: "SSH",
    23: "Telnet",
    445: "SMB/CIFS",
    1433: "SQL Server",
    1521: "Oracle",
    2375: "Docker API",
    2376: "Docker API (TLS)",
    3306: "MySQL",
    3389: "RDP",
    5432: "PostgreSQL",
    5439: "Redshift",
    5900: "VNC",
    5985: "WinRM",
    5986: "WinRM (TLS)",
    6379: "Redis",
    9200: "Elasticsearch/OpenSearch",
    9300: "Elasticsearch transport",
    11211: "Memcached",
    27017: "MongoDB",
};

/** The default admin port list, ascending. */
export const DEFAULT_ADMIN_PORTS: readonly number[] = Object.keys(ADMIN_PORT_NAMES).map(Number).sort((a, b) => a - b);

/** The ports every web service needs open to the world. */
export const DEFAULT_PORTS_ALLOWED_TO_WORLD: readonly number[] = [80, 443];

/** Whether `port` lies in `range`. */
export function rangeIncludes(range: PortRange, port: number): boolean {
    return port >= range.from && port <= range.to;
}

/** Whether the range is every port (or every port but 0, which nothing listens on). */
export function isEveryPort(range: PortRange): boolean {
    return range.from <= 1 && range.to >= MAX_PORT;
}

/** The ports of `ports` that lie in `range`, ascending and without duplicates. */
export function portsIn(range: PortRange, ports: readonly number[]): number[] {
    return [...new Set(ports.filter((port) => rangeIncludes(range, port)))].sort((a, b) => a - b);
}

/** Whether `range` holds at least one port that is not in `allowed`. */
export function hasPortOutside(range: PortRange, allowed: readonly number[]): boolean {
    const size = range.to - range.from + 1;
    return portsIn(range, allowed).length < size;
}

/** "22", "20-25" or "all ports". */
export function describeRange(range: PortRange): string {
    if (isEveryPort(range)) {
        return "all ports";
    }
    return range.from === range.to ? `port ${range.from}` : `ports ${range.from}-${range.to}`;
}

/** "22 (SSH), 3389 (RDP)", shortened after `limit` entries. */
export function describePorts(ports: readonly number[], limit = 6): string {
    const named = ports.slice(0, limit).map((port) => (ADMIN_PORT_NAMES[port] ? `${port} (${ADMIN_PORT_NAMES[port]})` : String(port)));
    const more = ports.length > limit ? ` and ${ports.length - limit} more` : "";
    return named.join(", ") + more;
}

/** The `adminPorts` config property shared by the security-group and network-ACL admin-port policies. */
export const ADMIN_PORTS_CONFIG = {
    type: "array" as const,
    items: { type: "integer" as const, minimum: 0, maximum: 65535 },
    default: [...DEFAULT_ADMIN_PORTS],
    description: "Ports that must never be open to the internet (remote administration and databases).",
};
