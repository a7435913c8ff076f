package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.service.AppealChoice;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.feedback.service.AppealView;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * One appeal's page, for its author (follow, rate, complain), the mayor of its district (answer, extend,
 * redirect, close, hide, link a project) and the governor of its region (answer a complaint). What each
 * may do comes from the service with the appeal; the service decides again at every action.
 */
@Named
@ViewScoped
public class AppealPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppealService appeals;

    private Long id;
    private AppealView appeal;
    private List<AppealChoice> projects;
    private List<AppealChoice> districts;

    private String answerText;
    private Long projectId;
    private LocalDate newDueOn;
    private String extensionReason;
    private Long toDistrictId;
    private String redirectReason;
    private String hideReason;
    private AppealRating rating;
    private String ratingComment;
    private String complaintText;
    private String complaintAnswer;

    /** Loads the appeal before the page renders, so that a refusal answers 403 or 404. */
    public void load() {
        id = Pages.idParameter("id");
        if (id != null) {
            appeal = Pages.load(() -> appeals.appeal(id));
        }
    }

    /** The mayor's choices, loaded when the mayor's page asks for them. */
    public void loadMayorChoices() {
        if (appeal != null && projects == null) {
            projects = appeal.can().answer() || appeal.can().linkProject() ? appeals.projectChoices(id) : List.of();
            districts = appeal.can().redirect() ? appeals.districtChoices().stream()
                    .filter(d -> d.id() != appeal.district().id()).toList() : List.of();
            projectId = appeal.project() == null ? null : appeal.project().id();
        }
    }

    private void act(Consumer<AppealView> action, String doneKey) {
        try {
            action.accept(appeal);
            Messages.flashInfo(doneKey, appeal.reference());
            String path = FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
            FacesContext.getCurrentInstance().getApplication().getNavigationHandler()
                    .handleNavigation(FacesContext.getCurrentInstance(), null, path + "?faces-redirect=true&id=" + id);
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void answer() {
        act(a -> appeals.answer(a.id(), a.version(), answerText, projectId), "feedback.appeal.answered");
    }

    public void extend() {
        act(a -> appeals.extend(a.id(), a.version(), newDueOn, extensionReason), "feedback.appeal.extendedDone");
    }

    public void redirect() {
        if (toDistrictId == null) {
            Messages.error("feedback.appeal.redirectUnknownDistrict");
            return;
        }
        act(a -> appeals.redirect(a.id(), a.version(), toDistrictId, redirectReason), "feedback.appeal.redirectedDone");
    }

    public void close() {
        act(a -> appeals.close(a.id(), a.version()), "feedback.appeal.closedDone");
    }

    public void hide() {
        act(a -> appeals.hide(a.id(), a.version(), hideReason), "feedback.appeal.hiddenDone");
    }

    public void linkProject() {
        act(a -> appeals.linkProject(a.id(), a.version(), projectId), "feedback.appeal.projectLinkedDone");
    }

    public void rate() {
        act(a -> appeals.rate(a.id(), a.version(), rating, ratingComment), "feedback.appeal.ratedDone");
    }

    public void complain() {
        act(a -> appeals.complain(a.id(), a.version(), complaintText), "feedback.appeal.complainedDone");
    }

    public void answerComplaint() {
        act(a -> appeals.answerComplaint(a.id(), a.version(), complaintAnswer), "feedback.appeal.complaintAnsweredDone");
    }

    public AppealRating[] getRatings() {
        return AppealRating.values();
    }

    public AppealView getAppeal() {
        return appeal;
    }

    public Long getId() {
        return id;
    }

    public List<AppealChoice> getProjects() {
        return projects;
    }

    public List<AppealChoice> getDistricts() {
        return districts;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public Long getToDistrictId() {
        return toDistrictId;
    }

    public void setToDistrictId(Long toDistrictId) {
        this.toDistrictId = toDistrictId;
    }

    public String getRedirectReason() {
        return redirectReason;
    }

    public void setRedirectReason(String redirectReason) {
        this.redirectReason = redirectReason;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public AppealRating getRating() {
        return rating;
    }

    public void setRating(AppealRating rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public String getComplaintText() {
        return complaintText;
    }

    public void setComplaintText(String complaintText) {
        this.complaintText = complaintText;
    }

    public String getComplaintAnswer() {
        return complaintAnswer;
    }

    public void setComplaintAnswer(String complaintAnswer) {
        this.complaintAnswer = complaintAnswer;
    }
}
