package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.dashboard.service.ProgrammeDashboard;
import org.birge.portal.dashboard.service.ProgrammeDashboard.RegionRow;
import org.birge.portal.feedback.service.TrustRow;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/** A project manager's home: the programme's portfolio, money, approvals, indicators, training and trust. */
@Named
@RequestScoped
public class ProgrammeDashboardBacking {

    @EJB
    private DashboardService dashboards;

    @Inject
    private ActiveUser user;

    private ProgrammeDashboard dashboard;
    private boolean loaded;

    public void load() {
        dashboard = Pages.load(dashboards::programme);
        loaded = true;
    }

    public ProgrammeDashboard getDashboard() {
        if (!loaded) {
            load();
        }
        return dashboard;
    }

    /** The regions that have projects, for the portfolio chart and table. */
    public List<RegionRow> getActiveRegions() {
        return getDashboard() == null ? List.of()
                : dashboard.regions().stream().filter(r -> r.projects() > 0).toList();
    }

    /** The indexes of the project states that have projects (the table's columns). */
    public List<Integer> getStateColumns() {
        if (getDashboard() == null) {
            return List.of();
        }
        return IntStream.range(0, dashboard.states().size())
                .filter(i -> dashboard.regions().stream().anyMatch(r -> r.projectsByState().get(i) > 0))
                .boxed().toList();
    }

    public String getPortfolioChart() {
        List<RegionRow> regions = getActiveRegions();
        List<DashboardChart.Series> series = new ArrayList<>();
        for (int i : getStateColumns()) {
            String state = dashboard.states().get(i);
            series.add(new DashboardChart.Series(DashboardColours.label(user.getLocale(), "project.status.", state),
                    DashboardChart.STATE_COLOURS.get(state),
                    regions.stream().map(r -> r.projectsByState().get(i)).toList()));
        }
        return DashboardChart.bar(regions.stream().map(r -> r.name().in(user.getLanguage())).toList(), series,
                true, true, text("dash.projects"), null);
    }

    public int getPortfolioHeight() {
        return 90 + 34 * getActiveRegions().size();
    }

    /** The money of the programme: envelope, requested, approved, disbursed, in million tenge. */
    public String getMoneyChart() {
        return DashboardChart.bar(List.of(text("dash.envelope"), text("dash.requested"), text("dash.approved"),
                        text("dash.disbursed")),
                List.of(new DashboardChart.Series(text("dash.millionTenge"), DashboardChart.SKY_DARK, List.of(
                        millions(dashboard.envelope()), millions(dashboard.requested()),
                        millions(dashboard.approved()), millions(dashboard.disbursed())))),
                false, false, text("dash.millionTenge"), null);
    }

    /** The regions with appeals, for the trust chart and table. */
    public List<TrustRow> getTrustRegions() {
        return getDashboard() == null ? List.of()
                : dashboard.trust().parts().stream().filter(r -> r.figures().received() > 0).toList();
    }

    public String getTrustChart() {
        List<TrustRow> regions = getTrustRegions();
        return DashboardChart.bar(regions.stream().map(r -> r.name().in(user.getLanguage())).toList(), List.of(
                        new DashboardChart.Series(text("trust.onTimeShare"), DashboardChart.SKY,
                                regions.stream().map(TrustRow::onTimeShare).toList()),
                        new DashboardChart.Series(text("trust.satisfiedShare"), DashboardChart.GREEN,
                                regions.stream().map(TrustRow::satisfiedShare).toList())),
                false, true, "%", 100);
    }

    public int getTrustHeight() {
        return 90 + 44 * getTrustRegions().size();
    }

    private String text(String key) {
        return Messages.text(user.getLocale(), key);
    }

    private static Double millions(long tenge) {
        return tenge / 1_000_000.0;
    }
}
