package org.birge.portal.it;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers a story test has open, one per person signed in: each is signed out and closed when the
 * person's part is done, and whatever is still open is closed after the test, passed or failed.
 */
final class OpenBrowsers implements AutoCloseable {

    private final List<ProjectBrowser> open = new ArrayList<>();

    /** A fresh browser in which {@code account} signs in and lands on {@code path}. */
    ProjectBrowser signIn(DemoAccount account, String path) {
        ProjectBrowser browser = ProjectBrowser.signIn(account, path);
        open.add(browser);
        return browser;
    }

    /** Signs out and closes the browser of a person whose part is done. */
    void done(ProjectBrowser browser) {
        browser.signOut();
        browser.close();
        open.remove(browser);
    }

    @Override
    public void close() {
        open.forEach(ProjectBrowser::close);
        open.clear();
    }
}
