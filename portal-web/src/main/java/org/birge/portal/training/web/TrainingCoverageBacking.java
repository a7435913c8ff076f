package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.CoverageFilter;
import org.birge.portal.training.service.CoverageRow;
import org.birge.portal.training.service.CoverageTotals;
import org.birge.portal.training.service.OversightChoices;
import org.birge.portal.training.service.TrainingOversightService;

/** A governor's view of the training of their region's mayors: who completed which core course, who has not started. */
@Named
@ViewScoped
public class TrainingCoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingOversightService oversight;

    private final CoverageFilter filter = new CoverageFilter();
    private OversightChoices choices;
    private CoverageTotals totals;
    private PageModel<CoverageRow> mayors;

    /** Loads the filters' choices and the totals before the page renders. */
    public void load() {
        choices = Pages.load(() -> oversight.coverageChoices());
        if (choices == null) {
            return;
        }
        totals = oversight.coverageTotals(filter);
        mayors = new PageModel<>(page -> oversight.coverage(page, filter), CoverageRow::username);
    }

    public void filter() {
        try {
            totals = oversight.coverageTotals(filter);
            mayors.refresh();
        } catch (PortalException e) {
            Messages.error(e);
        }
    }

    public void reset() {
        filter.setDistrictId(null);
        filter.setCourseId(null);
        filter.setNotStarted(false);
        filter();
    }

    /** The core courses shown as columns: those of the totals, which follow the course filter. */
    public List<CoverageTotals.CourseTotal> getColumns() {
        return totals == null ? List.of() : totals.courses();
    }

    public CoverageFilter getFilter() {
        return filter;
    }

    public OversightChoices getChoices() {
        return choices;
    }

    public CoverageTotals getTotals() {
        return totals;
    }

    public PageModel<CoverageRow> getMayors() {
        return mayors;
    }
}
