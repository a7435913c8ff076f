package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.dashboard.service.TrainerDashboard;
import org.birge.portal.dashboard.service.TrainerDashboard.Scores;
import org.birge.portal.dashboard.service.TrainerDashboard.SessionRow;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/** A trainer's home: their sessions to come with enrolments and waiting lists, and their evaluation scores. */
@Named
@RequestScoped
public class TrainerDashboardBacking {

    private static final int SHORT = 32;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM");

    @EJB
    private DashboardService dashboards;

    @Inject
    private ActiveUser user;

    private TrainerDashboard dashboard;
    private boolean loaded;

    public void load() {
        dashboard = Pages.load(dashboards::trainer);
        loaded = true;
    }

    public TrainerDashboard getDashboard() {
        if (!loaded) {
            load();
        }
        return dashboard;
    }

    /** The sessions to come: confirmed, free seats, requested and waiting, stacked. */
    public String getSessionsChart() {
        List<SessionRow> rows = dashboard.upcoming();
        List<String> labels = rows.stream().map(s -> shorter(s.courseTitle()) + " · " + DAY.format(s.firstDay())).toList();
        return DashboardChart.bar(labels, List.of(
                        new DashboardChart.Series(text("dash.confirmed"), DashboardChart.GREEN,
                                rows.stream().map(SessionRow::confirmed).toList()),
                        new DashboardChart.Series(text("dash.requested.enrolments"), DashboardChart.SKY,
                                rows.stream().map(SessionRow::requested).toList()),
                        new DashboardChart.Series(text("dash.freeSeats"), "#cbd2d9",
                                rows.stream().map(SessionRow::freeSeats).toList()),
                        new DashboardChart.Series(text("dash.waitlisted"), DashboardChart.GOLD,
                                rows.stream().map(SessionRow::waitlisted).toList())),
                true, true, text("dash.people"), null);
    }

    public int getSessionsHeight() {
        return 110 + 40 * (getDashboard() == null ? 0 : dashboard.upcoming().size());
    }

    /** The average ratings by course, 1 to 5. */
    public String getScoresChart() {
        List<Scores> rows = dashboard.byCourse();
        return DashboardChart.bar(rows.stream().map(c -> shorter(c.courseTitle())).toList(), List.of(
                        new DashboardChart.Series(text("dash.usefulness"), DashboardChart.SKY,
                                rows.stream().map(Scores::usefulness).toList()),
                        new DashboardChart.Series(text("dash.trainerRating"), DashboardChart.GREEN,
                                rows.stream().map(Scores::trainerRating).toList()),
                        new DashboardChart.Series(text("dash.organisation"), DashboardChart.GOLD,
                                rows.stream().map(Scores::organisation).toList())),
                false, true, text("dash.averageRating"), 5);
    }

    public int getScoresHeight() {
        return 110 + 60 * (getDashboard() == null ? 0 : dashboard.byCourse().size());
    }

    /** A title short enough for a chart's axis; the table beside the chart has it whole. */
    static String shorter(String title) {
        return title.length() <= SHORT ? title : title.substring(0, SHORT - 1).stripTrailing() + "…";
    }

    private String text(String key) {
        return Messages.text(user.getLocale(), key);
    }
}
