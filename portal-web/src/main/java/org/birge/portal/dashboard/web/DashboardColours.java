package org.birge.portal.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.birge.portal.shared.web.Messages;

/**
 * The dashboards' colours and labels: the swatch of a project state in a chart's table, and the text of an
 * enum-driven key (a key prefix the bundle test lists among its dynamic suffixes) for a chart.
 */
@Named
@ApplicationScoped
public class DashboardColours {

    public String state(String state) {
        return DashboardChart.STATE_COLOURS.getOrDefault(state, DashboardChart.GREY);
    }

    /** The text of the key {@code prefix + value}, such as a project state's name, for a chart. */
    static String label(Locale locale, String prefix, String value) {
        String key = prefix + value;
        return Messages.text(locale, key);
    }
}
