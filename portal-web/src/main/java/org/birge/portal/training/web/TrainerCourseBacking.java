package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.service.CourseForm;
import org.birge.portal.training.service.CourseRow;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.CourseView;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;
import org.primefaces.model.file.UploadedFile;

/**
 * A course's page for trainers: a new course or one to revise, publish or archive; its materials (links
 * and files); and its sessions, where a new one is planned.
 */
@Named
@ViewScoped
public class TrainerCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles a course can be meant for: the people the programme trains. */
    private static final List<String> TARGETS = List.of(Role.MAYOR_NAME, Role.GOVERNOR_NAME,
            Role.PROJECT_MANAGER_NAME);

    @EJB
    private CourseService courses;

    @EJB
    private SessionService sessionService;

    private Long id;
    private CourseView course;
    private CourseForm form;
    private PageModel<SessionRow> sessions;
    private String linkTitle;
    private String linkUrl;
    private String fileTitle;
    private transient UploadedFile file;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (parameter == null || parameter.isBlank()) {
            form = new CourseForm();
            return;
        }
        id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        course = Pages.load(() -> courses.course(id));
        if (course != null) {
            form = courses.form(id);
            long courseId = id;
            sessions = new PageModel<>(page -> sessionService.sessionsOf(courseId, page), row -> Long.toString(row.id()));
        }
    }

    public String save() {
        try {
            if (isCreating()) {
                CourseRow created = courses.create(form);
                Messages.flashInfo("training.course.saved", created.code());
                return "/trainer/course?faces-redirect=true&id=" + created.id();
            }
            CourseRow saved = courses.revise(id, course.row().version(), form);
            Messages.info("training.course.saved", saved.code());
            reload();
        } catch (ConcurrentChangeException e) {
            Messages.error(e);
            reload();
            form = courses.form(id);
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    public String publish() {
        return change(() -> courses.publish(id, course.row().version()), "training.course.publishedDone");
    }

    public String archive() {
        return change(() -> courses.archive(id, course.row().version()), "training.course.archivedDone");
    }

    private String change(Supplier<CourseRow> action, String doneKey) {
        try {
            CourseRow row = action.get();
            Messages.flashInfo(doneKey, row.code());
            return "/trainer/course?faces-redirect=true&id=" + row.id();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
            return null;
        }
    }

    public void addLink() {
        if (materialChanged(() -> courses.addLink(id, course.row().version(), linkTitle, linkUrl))) {
            linkTitle = null;
            linkUrl = null;
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("training.material.fileRequired");
            return;
        }
        String title = fileTitle == null || fileTitle.isBlank() ? baseName(file.getFileName()) : fileTitle;
        if (materialChanged(() -> courses.addFile(id, course.row().version(), title, file.getFileName(),
                file.getContent()))) {
            fileTitle = null;
        }
        file = null;
    }

    public void remove(int position) {
        materialChanged(() -> courses.removeMaterial(id, course.row().version(), position));
    }

    private boolean materialChanged(Supplier<CourseRow> action) {
        try {
            action.get();
            Messages.info("training.material.saved");
            reload();
            return true;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            reload();
            return false;
        }
    }

    private void reload() {
        course = courses.course(id);
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isEditable() {
        return isCreating() || course != null && course.row().status() != CourseStatus.ARCHIVED;
    }

    public boolean isPublishable() {
        return course != null && course.row().status() == CourseStatus.DRAFT;
    }

    public boolean isArchivable() {
        return course != null && course.row().status() == CourseStatus.PUBLISHED;
    }

    public boolean isRunsSessions() {
        return course != null && course.row().status() == CourseStatus.PUBLISHED;
    }

    public List<String> getTargets() {
        return TARGETS;
    }

    public Long getId() {
        return id;
    }

    public CourseView getCourse() {
        return course;
    }

    public CourseForm getForm() {
        return form;
    }

    public PageModel<SessionRow> getSessions() {
        return sessions;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getFileTitle() {
        return fileTitle;
    }

    public void setFileTitle(String fileTitle) {
        this.fileTitle = fileTitle;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
