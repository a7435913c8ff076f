package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.EvaluationComment;
import org.birge.portal.training.service.EvaluationFigures;
import org.birge.portal.training.service.EvaluationService;

/** The evaluations of a session ({@code ?session=}) or of a whole course ({@code ?course=}): figures and comments. */
@Named
@ViewScoped
public class EvaluationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvaluationService evaluations;

    private EvaluationFigures figures;
    private PageModel<EvaluationComment> comments;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        boolean ofCourse = parameters.get("session") == null && parameters.get("course") != null;
        Long id = Pages.idParameter(ofCourse ? "course" : "session");
        if (id == null) {
            return;
        }
        long key = id;
        figures = Pages.load(() -> ofCourse ? evaluations.courseFigures(key) : evaluations.sessionFigures(key));
        if (figures != null) {
            comments = new PageModel<>(page -> ofCourse ? evaluations.courseComments(key, page)
                    : evaluations.sessionComments(key, page), c -> String.valueOf(c.id()));
        }
    }

    /** The three ratings, each with its average and distribution, in the order the page lists them. */
    public List<Rating> getRatings() {
        return List.of(new Rating("usefulness", figures.usefulness(), figures.usefulnessCounts()),
                new Rating("trainerRating", figures.trainerRating(), figures.trainerCounts()),
                new Rating("organisation", figures.organisation(), figures.organisationCounts()));
    }

    /** One rating's average and how many answers gave 1 to 5. */
    public record Rating(String name, Double average, List<Long> counts) implements Serializable {

        /** 5 down to 1, as a distribution is read. */
        public List<Integer> values() {
            return List.of(5, 4, 3, 2, 1);
        }

        public long count(int value) {
            return counts.get(value - 1);
        }
    }

    public EvaluationFigures getFigures() {
        return figures;
    }

    public PageModel<EvaluationComment> getComments() {
        return comments;
    }

    public boolean isOfSession() {
        return figures != null && figures.sessionId() != null;
    }
}
