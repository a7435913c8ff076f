package org.birge.portal.notify.domain;

import java.time.Duration;

/**
 * When to try a failed e-mail again: the delay doubles with each attempt, from {@code base} up to {@code max},
 * and after {@code maxAttempts} attempts the e-mail is given up (an admin can requeue it).
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff " + base + ".." + max + " x" + maxAttempts);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first): base, 2 base, 4 base, ... max. */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
