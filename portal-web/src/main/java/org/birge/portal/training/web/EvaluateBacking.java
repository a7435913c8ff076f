package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.EvaluationService;
import org.birge.portal.training.service.EvaluationTarget;

/** A trainee's evaluation of a session they attended: three ratings from 1 to 5 and a comment, once. */
@Named
@ViewScoped
public class EvaluateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

    @EJB
    private EvaluationService evaluations;

    private Long enrolmentId;
    private EvaluationTarget target;
    private Integer usefulness;
    private Integer trainerRating;
    private Integer organisation;
    private String comment;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        enrolmentId = Pages.idParameter("enrolment");
        if (enrolmentId != null) {
            target = Pages.load(() -> evaluations.target(enrolmentId));
        }
    }

    public String submit() {
        try {
            evaluations.submit(enrolmentId, usefulness, trainerRating, organisation, comment);
            Messages.flashInfo("training.evaluation.thanks");
            return "/training/evaluate?faces-redirect=true&enrolment=" + enrolmentId;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            target = evaluations.target(enrolmentId);
            return null;
        }
    }

    public List<Integer> getRatings() {
        return RATINGS;
    }

    public EvaluationTarget getTarget() {
        return target;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public Integer getTrainerRating() {
        return trainerRating;
    }

    public void setTrainerRating(Integer trainerRating) {
        this.trainerRating = trainerRating;
    }

    public Integer getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Integer organisation) {
        this.organisation = organisation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
