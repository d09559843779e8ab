/**
 * Suggestions for misspelt names: Levenshtein distance and "did you mean".
 */

/** The Levenshtein edit distance between two strings, compared case-insensitively. */
export function editDistance(a: string, b: string): number {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    if (left === right) return 0;
    if (left.length === 0) return right.length;
    if (right.length === 0) return left.length;
    let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[right.length];
}

/**
 * The candidate closest to `value` by edit distance (ties go to the earlier
 * candidate), or undefined when there are no candidates or the closest is further
 * than `maxDistance`.
 */
export function nearestName(value: string, candidates: Iterable<string>, maxDistance = Infinity): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(value, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= maxDistance ? best : undefined;
}
