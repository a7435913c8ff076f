package org.birge.portal.dashboard.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.birge.portal.dashboard.service.Count;
import org.birge.portal.dashboard.service.DashboardService;
import org.birge.portal.dashboard.service.MayorDashboard;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/** A mayor's home: the week's tasks and appeals, their projects, their next training and their district's trust. */
@Named
@RequestScoped
public class MayorDashboardBacking {

    @EJB
    private DashboardService dashboards;

    @Inject
    private ActiveUser user;

    private MayorDashboard dashboard;
    private boolean loaded;

    public void load() {
        dashboard = Pages.load(dashboards::mayor);
        loaded = true;
    }

    public MayorDashboard getDashboard() {
        if (!loaded) {
            load();
        }
        return dashboard;
    }

    /** The project states that have projects, for the chart and its table. */
    public List<Count> getStates() {
        return getDashboard() == null ? List.of()
                : dashboard.projectsByState().stream().filter(c -> c.count() > 0).toList();
    }

    /** The district's projects by state, as a doughnut. */
    public String getProjectsChart() {
        List<Count> states = getStates();
        return DashboardChart.doughnut(
                states.stream().map(c -> DashboardColours.label(user.getLocale(), "project.status.", c.key())).toList(),
                states.stream().map(Count::count).toList(),
                states.stream().map(c -> DashboardChart.STATE_COLOURS.get(c.key())).toList());
    }
}
