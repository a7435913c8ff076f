package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.birge.portal.dashboard.service.Count;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.dashboard.service.GovernorDashboard;
import org.birge.portal.dashboard.service.GovernorDashboard.DistrictRow;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/** A governor's home: the districts of the region side by side, those with overdue items first. */
@Named
@RequestScoped
public class GovernorDashboardBacking {

    @EJB
    private DashboardService dashboards;

    @Inject
    private ActiveUser user;

    private GovernorDashboard dashboard;
    private boolean loaded;

    public void load() {
        dashboard = Pages.load(dashboards::governor);
        loaded = true;
    }

    public GovernorDashboard getDashboard() {
        if (!loaded) {
            load();
        }
        return dashboard;
    }

    /** The indexes of the project states that any district has projects in (the table's columns). */
    public List<Integer> getStateColumns() {
        if (getDashboard() == null) {
            return List.of();
        }
        return IntStream.range(0, dashboard.states().size())
                .filter(i -> dashboard.total().projectsByState().get(i) > 0).boxed().toList();
    }

    /** A district's (or the region's) projects by state, the states without projects left out. */
    public List<Count> breakdown(DistrictRow row) {
        return IntStream.range(0, dashboard.states().size()).filter(i -> row.projectsByState().get(i) > 0)
                .mapToObj(i -> new Count(dashboard.states().get(i), row.projectsByState().get(i))).toList();
    }

    /** The districts with projects, for the projects chart. */
    private List<DistrictRow> withProjects() {
        return dashboard.districts().stream().filter(d -> d.projects() > 0).toList();
    }

    /** The districts with appeals or mayors, for the shares chart. */
    private List<DistrictRow> withShares() {
        return dashboard.districts().stream().filter(d -> d.appeals().received() > 0 || d.mayors() > 0).toList();
    }

    /** The districts' projects, stacked by state. */
    public String getProjectsChart() {
        List<DistrictRow> rows = withProjects();
        List<DashboardChart.Series> series = new ArrayList<>();
        for (int i : getStateColumns()) {
            String state = dashboard.states().get(i);
            series.add(new DashboardChart.Series(DashboardColours.label(user.getLocale(), "project.status.", state),
                    DashboardChart.STATE_COLOURS.get(state), rows.stream().map(d -> d.projectsByState().get(i)).toList()));
        }
        return DashboardChart.bar(names(rows), series, true, true, Messages.text(user.getLocale(), "dash.projects"),
                null);
    }

    /** The districts' shares side by side: appeals answered on time, rated satisfactory, mayors trained. */
    public String getSharesChart() {
        List<DistrictRow> rows = withShares();
        return DashboardChart.bar(names(rows), List.of(
                new DashboardChart.Series(Messages.text(user.getLocale(), "trust.onTimeShare"), DashboardChart.SKY,
                        rows.stream().map(d -> d.appeals().onTimeShare()).toList()),
                new DashboardChart.Series(Messages.text(user.getLocale(), "trust.satisfiedShare"),
                        DashboardChart.GREEN, rows.stream().map(d -> d.appeals().satisfiedShare()).toList()),
                new DashboardChart.Series(Messages.text(user.getLocale(), "dash.coverageShare"), DashboardChart.GOLD,
                        rows.stream().map(DistrictRow::coverageShare).toList())),
                false, true, "%", 100);
    }

    /** The charts' heights for their districts, in pixels. */
    public int getChartHeight() {
        return 110 + 36 * (getDashboard() == null ? 0 : withProjects().size());
    }

    public int getSharesHeight() {
        return 110 + 60 * (getDashboard() == null ? 0 : withShares().size());
    }

    private List<String> names(List<DistrictRow> rows) {
        return rows.stream().map(d -> d.name().in(user.getLanguage())).toList();
    }
}
