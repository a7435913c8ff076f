package org.birge.portal.shared.service;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while someone asks it to, so that a
 * test can show that a page costs a fixed number of statements whatever it shows. Registered for the
 * persistence unit in persistence.xml; when nobody counts it does nothing but read a thread-local.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread; {@link #stop()} returns the number of statements since. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
