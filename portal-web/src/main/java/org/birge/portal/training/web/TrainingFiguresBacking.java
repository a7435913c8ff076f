package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.FigureFilter;
import org.birge.portal.training.service.FigureRow;
import org.birge.portal.training.service.OversightChoices;
import org.birge.portal.training.service.TrainingOversightService;

/**
 * The programme's training figures for project managers, per course and region: sessions run, trainees,
 * completion rate, knowledge gain and evaluation ratings, with a totals line.
 */
@Named
@ViewScoped
public class TrainingFiguresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrainingOversightService oversight;

    private final FigureFilter filter = new FigureFilter();
    private OversightChoices choices;
    private FigureRow totals;
    private PageModel<FigureRow> figures;

    /** Loads the filters' choices and the totals before the page renders. */
    public void load() {
        choices = Pages.load(() -> oversight.figureChoices());
        if (choices == null) {
            return;
        }
        totals = oversight.figureTotals(filter);
        figures = new PageModel<>(page -> oversight.figures(page, filter), FigureRow::key);
    }

    public void filter() {
        try {
            totals = oversight.figureTotals(filter);
            figures.refresh();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void reset() {
        filter.setRegionId(null);
        filter.setCourseId(null);
        filter.setFrom(null);
        filter.setTo(null);
        filter();
    }

    public FigureFilter getFilter() {
        return filter;
    }

    public OversightChoices getChoices() {
        return choices;
    }

    public FigureRow getTotals() {
        return totals;
    }

    public PageModel<FigureRow> getFigures() {
        return figures;
    }
}
