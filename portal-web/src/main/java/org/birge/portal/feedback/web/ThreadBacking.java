package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.service.DistrictChoice;
import org.birge.portal.feedback.service.NewThread;
import org.birge.portal.feedback.service.ThreadMessageRow;
import org.birge.portal.feedback.service.ThreadService;
import org.birge.portal.feedback.service.ThreadView;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * One thread: its heading, its messages paged (the last page first), a reply with an optional file, resolve
 * and reopen; or, without an id, the form that starts a thread (optionally about {@code ?project=}).
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MESSAGES_PER_PAGE = 20;

    @EJB
    private ThreadService threads;

    @Inject
    private ActiveUser activeUser;

    private Long id;
    private ThreadView thread;
    private PageModel<ThreadMessageRow> messages;
    private int firstMessage;
    private String reply;
    private transient UploadedFile file;

    private ThreadChannel channel;
    private Long districtId;
    private Long projectId;
    private String subject;
    private List<DistrictChoice> districts = List.of();

    public void load() {
        if (!Params.present("id")) {
            if (Params.present("project")) {
                projectId = Pages.idParameter("project");
            }
            Role role = activeUser.getRole();
            if (role == Role.GOVERNOR) {
                districts = threads.districtsToWrite();
            }
            channel = role == Role.TRAINER || role == Role.PROJECT_MANAGER ? ThreadChannel.PROJECT_MANAGERS
                    : ThreadChannel.GOVERNOR;
            return;
        }
        id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        thread = Pages.load(() -> threads.thread(id));
        if (thread == null) {
            return;
        }
        threads.markSeen(id);
        int pages = Math.max(1, (thread.messageCount() + MESSAGES_PER_PAGE - 1) / MESSAGES_PER_PAGE);
        firstMessage = (pages - 1) * MESSAGES_PER_PAGE;
        Long threadId = id;
        messages = new PageModel<>(page -> threads.messages(threadId, page), row -> Long.toString(row.id()));
    }

    public String start() {
        try {
            long started = threads.start(new NewThread(channel, districtId, projectId, subject, reply),
                    file == null ? null : file.getFileName(), content());
            Messages.flashInfo("feedback.thread.startedMessage");
            return "/work/thread?faces-redirect=true&id=" + started;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        } finally {
            file = null;
        }
    }

    public String post() {
        try {
            threads.post(id, reply, file == null ? null : file.getFileName(), content());
            Messages.flashInfo("feedback.thread.posted");
            return "/work/thread?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        } finally {
            file = null;
        }
    }

    public void resolve() {
        changeStatus(true);
    }

    public void reopen() {
        changeStatus(false);
    }

    private void changeStatus(boolean resolve) {
        try {
            thread = resolve ? threads.resolve(id, thread.version()) : threads.reopen(id, thread.version());
            Messages.info(resolve ? "feedback.thread.resolvedMessage" : "feedback.thread.reopenedMessage");
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            thread = threads.thread(id);
        }
    }

    private byte[] content() {
        return file == null || file.getSize() == 0 ? null : file.getContent();
    }

    public boolean isCreating() {
        return id == null;
    }

    /** To whom the caller may write: governors and mayors choose, trainers write to the project managers. */
    public List<ThreadChannel> getChannels() {
        Role role = activeUser.getRole();
        return role == Role.MAYOR || role == Role.GOVERNOR ? List.of(ThreadChannel.GOVERNOR,
                ThreadChannel.PROJECT_MANAGERS) : List.of(ThreadChannel.PROJECT_MANAGERS);
    }

    public boolean isGovernor() {
        return activeUser.getRole() == Role.GOVERNOR;
    }

    public Long getId() {
        return id;
    }

    public ThreadView getThread() {
        return thread;
    }

    public PageModel<ThreadMessageRow> getMessages() {
        return messages;
    }

    public int getFirstMessage() {
        return firstMessage;
    }

    public void setFirstMessage(int firstMessage) {
        this.firstMessage = firstMessage;
    }

    public int getMessagesPerPage() {
        return MESSAGES_PER_PAGE;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ThreadChannel getChannel() {
        return channel;
    }

    public void setChannel(ThreadChannel channel) {
        this.channel = channel;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<DistrictChoice> getDistricts() {
        return districts;
    }
}
