package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.service.AppealDraft;
import org.birge.portal.feedback.service.AppealReceipt;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.feedback.service.AppealUpload;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/** A resident's new appeal to their district: kind, category, text, languages, public or not, files. */
@Named
@ViewScoped
public class AppealFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppealService appeals;

    @Inject
    private ActiveUser activeUser;

    private AppealKind kind = AppealKind.REQUEST;
    private AppealCategory category;
    private String subject;
    private String body;
    private Language writtenIn;
    private Language answerIn;
    private boolean publicAppeal;
    private transient UploadedFiles files;

    public String submit() {
        try {
            List<AppealUpload> uploads = new ArrayList<>();
            if (files != null) {
                for (UploadedFile file : files.getFiles()) {
                    if (file != null && file.getSize() > 0) {
                        uploads.add(new AppealUpload(file.getFileName(), file.getContent()));
                    }
                }
            }
            AppealReceipt receipt = appeals.submit(new AppealDraft(kind, category, subject, body,
                    writtenIn == null ? activeUser.getLanguage() : writtenIn, answerIn, publicAppeal), uploads);
            Messages.flashInfo("feedback.appeal.submitted", receipt.reference());
            return "/resident/appeal?faces-redirect=true&id=" + receipt.id();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public AppealKind[] getKinds() {
        return AppealKind.values();
    }

    public AppealCategory[] getCategories() {
        return AppealCategory.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public AppealKind getKind() {
        return kind;
    }

    public void setKind(AppealKind kind) {
        this.kind = kind;
    }

    public AppealCategory getCategory() {
        return category;
    }

    public void setCategory(AppealCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Language getWrittenIn() {
        return writtenIn == null ? activeUser.getLanguage() : writtenIn;
    }

    public void setWrittenIn(Language writtenIn) {
        this.writtenIn = writtenIn;
    }

    public Language getAnswerIn() {
        return answerIn;
    }

    public void setAnswerIn(Language answerIn) {
        this.answerIn = answerIn;
    }

    public boolean isPublicAppeal() {
        return publicAppeal;
    }

    public void setPublicAppeal(boolean publicAppeal) {
        this.publicAppeal = publicAppeal;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }
}
