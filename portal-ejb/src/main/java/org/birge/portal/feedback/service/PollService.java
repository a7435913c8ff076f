package org.birge.portal.feedback.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.Poll;
import org.birge.portal.feedback.domain.PollOption;
import org.birge.portal.feedback.domain.PollResults;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.feedback.domain.PollVote;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.service.Versions;

/**
 * Community polls. The district's mayor writes a poll, opens it, may close it early and sees the results at any
 * time; the district's residents see its open and closed polls, vote once each and see the results after
 * voting or after the closing; the region's governor reads the districts' polls and results. A closed poll's
 * winning option (the mayor picks one of the tied ones) starts one project proposal, through the proposal
 * service and its rules, that keeps the poll as the evidence of community consultation.
 */
@Stateless
public class PollService {

    private static final int BATCH = 200;
    private static final String SUBJECT = "poll";
    private static final Map<String, String> SORTS = Map.of("question", "p.question", "opensOn", "p.opensOn",
            "closesOn", "p.closesOn", "status", "p.status");

    /** Who reads a poll, by role and place. */
    private enum Reader { MAYOR, RESIDENT, GOVERNOR }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private ProposalService proposals;

    /**
     * The polls the caller may see, newest first unless sorted otherwise: a mayor's district's (drafts too), a
     * resident's district's open and closed ones, a governor's region's open and closed ones; {@code status}
     * narrows to one state as of today (null: all). Three statements whatever the page holds.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.RESIDENT_NAME, Role.GOVERNOR_NAME})
    public Page<PollRow> polls(PageRequest page, PollStatus status) {
        Reader reader = reader();
        Scope scope = caller.scope();
        LocalDate today = PortalClock.today();
        StringBuilder where = new StringBuilder(" from Poll p join p.district d where ");
        where.append(reader == Reader.GOVERNOR ? "d.region.id = :place" : "d.id = :place");
        if (reader != Reader.MAYOR) {
            where.append(" and p.status <> :draft");
        }
        if (status == PollStatus.DRAFT) {
            where.append(reader == Reader.MAYOR ? " and p.status = :draft" : " and p.id is null");
        } else if (status == PollStatus.OPEN) {
            where.append(" and p.status = :open and p.closesOn >= :today");
        } else if (status == PollStatus.CLOSED) {
            where.append(" and (p.status = :closed or (p.status = :open and p.closesOn < :today))");
        }
        String order = page.sortField() == null ? " order by p.opensOn desc, p.id desc"
                : page.orderBy(SORTS, "p.opensOn", "p.id desc");
        TypedQuery<PollRow> rows = em.createQuery("select new org.birge.portal.feedback.service.PollRow(p.id, p.question,"
                + " p.status, p.opensOn, p.closesOn, d.name.kk, d.name.ru, d.name.en)" + where + order, PollRow.class);
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        Long place = reader == Reader.GOVERNOR ? scope.regionId() : scope.districtId();
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("place", place);
            if (reader != Reader.MAYOR || status == PollStatus.DRAFT && reader == Reader.MAYOR) {
                q.setParameter("draft", PollStatus.DRAFT);
            }
            if (status == PollStatus.OPEN || status == PollStatus.CLOSED) {
                q.setParameter("open", PollStatus.OPEN).setParameter("today", today);
            }
            if (status == PollStatus.CLOSED) {
                q.setParameter("closed", PollStatus.CLOSED);
            }
        }
        List<PollRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (found.isEmpty()) {
            return new Page<>(found, count.getSingleResult());
        }
        List<Long> ids = found.stream().map(PollRow::id).toList();
        Map<Long, Long> votes = new HashMap<>();
        em.createQuery("select v.pollId, count(v) from PollVote v where v.pollId in :ids group by v.pollId",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> votes.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Set<Long> mine = new HashSet<>();
        if (reader == Reader.RESIDENT) {
            mine.addAll(em.createQuery("select v.pollId from PollVote v where v.voterUsername = :me"
                    + " and v.pollId in :ids", Long.class).setParameter("me", caller.username())
                    .setParameter("ids", ids).getResultList());
        }
        return new Page<>(found.stream().map(r -> r.counted(votes.getOrDefault(r.id(), 0L), mine.contains(r.id()),
                today)).toList(), count.getSingleResult());
    }

    /** One poll as the caller may see it, with the results when they may see them. */
    @RolesAllowed({Role.MAYOR_NAME, Role.RESIDENT_NAME, Role.GOVERNOR_NAME})
    public PollView view(long id) {
        Reader reader = reader();
        Poll poll = readable(id, reader);
        LocalDate today = PortalClock.today();
        PollStatus status = poll.statusOn(today);
        Long myChoice = reader == Reader.RESIDENT ? myChoice(poll.getId()) : null;
        boolean hasVotes = reader == Reader.MAYOR && hasVotes(poll.getId());
        boolean mayor = reader == Reader.MAYOR;
        // A draft has no results; a resident sees them once they voted or the poll closed.
        PollResults results = status != PollStatus.DRAFT
                && (reader != Reader.RESIDENT || myChoice != null || status == PollStatus.CLOSED) ? results(poll) : null;
        PollView.Proposal proposal = proposalOf(poll.getId());
        boolean canStart = mayor && status == PollStatus.CLOSED && proposal == null && results != null
                && !results.winners().isEmpty();
        PollView.Permissions can = new PollView.Permissions(mayor && status != PollStatus.CLOSED,
                mayor && status != PollStatus.CLOSED && !hasVotes, mayor && status == PollStatus.DRAFT,
                mayor && poll.getStatus() == PollStatus.OPEN,
                reader == Reader.RESIDENT && myChoice == null && poll.acceptsVotesOn(today), canStart);
        return new PollView(poll.getId(), poll.getVersion(), poll.getQuestion(), poll.getDescription(),
                poll.getOpensOn(), poll.getClosesOn(), status, poll.getClosedAt(),
                Names.of(poll.getDistrict().getName()),
                poll.getOptions().stream().map(o -> new PollView.Choice(o.getId(), o.getPosition(), o.getLabel()))
                        .toList(), myChoice, results, proposal, can);
    }

    /** A new draft poll of the caller's district; returns its id. */
    @RolesAllowed(Role.MAYOR_NAME)
    public long create(PollForm form) {
        District district = myDistrict();
        Poll poll = new Poll(district, caller.username(), form.content(), PortalClock.today());
        em.persist(poll);
        em.flush();
        audit.record("poll.created", SUBJECT, poll.getId(), null, describe(poll), null);
        return poll.getId();
    }

    /**
     * Saves the mayor's changes at the version they saw. A closed poll no longer changes; the options and the
     * opening day stay as they are once somebody voted (a vote arriving meanwhile waits for this change).
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public long edit(long id, long seenVersion, PollForm form) {
        Poll poll = mineLocked(id, seenVersion);
        String before = describe(poll);
        poll.edit(form.content(), hasVotes(id), PortalClock.today());
        em.lock(poll, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("poll.edited", SUBJECT, id, before, describe(poll), null);
        return poll.getVersion();
    }

    /** Opens a draft for the district's residents, who are told in the portal. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void open(long id, long seenVersion) {
        Poll poll = mineLocked(id, seenVersion);
        poll.open(PortalClock.today());
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("poll.opened", SUBJECT, id, PollStatus.DRAFT.name(), describe(poll), null);
        notifications.notify(notifications.peopleWith(Role.RESIDENT, poll.getDistrict().getId(), null), "poll.opened",
                "notify.poll.opened", List.of(poll.getQuestion()), "/resident/poll.xhtml?id=" + id);
    }

    /** Closes an open poll now, before its closing day (or after it, before the timer did). */
    @RolesAllowed(Role.MAYOR_NAME)
    public void close(long id, long seenVersion) {
        Poll poll = mineLocked(id, seenVersion);
        poll.close(Instant.now());
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("poll.closed", SUBJECT, id, PollStatus.OPEN.name(), describe(poll), null);
    }

    /**
     * The caller's vote for {@code optionId}: once per resident of the poll's district, while the poll is
     * open. A second vote is refused with "you have already voted", also when two submissions arrive at the
     * same moment: they wait for each other on the poll's row, and the unique key (poll, voter) stands behind.
     */
    @RolesAllowed(Role.RESIDENT_NAME)
    public void vote(long id, long optionId) {
        Reader reader = reader();
        if (reader != Reader.RESIDENT) {
            throw new AccessDeniedException();
        }
        readable(id, reader);
        Poll poll = em.find(Poll.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (myChoice(id) != null) {
            throw new PortalException("poll.vote.already");
        }
        PollVote vote = new PollVote(poll, poll.option(optionId), caller.username(), PortalClock.today(),
                Instant.now());
        try {
            em.persist(vote);
            em.flush();
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new PortalException("poll.vote.already");
            }
            throw e;
        }
        // Which option a resident chose stays out of the audit trail: the vote row is the only place it is kept.
        audit.record("poll.voted", SUBJECT, id, null, "vote=" + vote.getId(), null);
    }

    /**
     * Starts a project proposal from the closed poll's winning option (or one of the tied leaders), for an open
     * grant call of the district's region, through the proposal service: the option is the draft's title and
     * the start of its problem, the poll's closing day and its voters the consultation, and the poll stays
     * linked as the evidence. One proposal per poll. Returns the project's id.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public long startProposal(long id, long seenVersion, long optionId, long callId) {
        Poll poll = mineLocked(id, seenVersion);
        if (proposalOf(id) != null) {
            throw new PortalException("poll.proposal.already");
        }
        PollResults results = results(poll);
        poll.requireProposalFrom(optionId, results, PortalClock.today());
        PollOption option = poll.option(optionId);
        long projectId = proposals.start(callId, option.getLabel());
        Project project = em.find(Project.class, projectId);
        project.startFromPoll(id, optionId);
        ProposalDraft draft = proposals.draft(projectId);
        String problem = option.getLabel() + "\n\n" + poll.getQuestion()
                + (poll.getDescription() == null ? "" : "\n" + poll.getDescription());
        draft.setProblem(problem.length() > Project.TEXT_LENGTH ? problem.substring(0, Project.TEXT_LENGTH) : problem);
        draft.setConsultedOn(poll.getClosedAt() == null ? poll.getClosesOn() : PortalClock.dayOf(poll.getClosedAt()));
        draft.setConsultedPeople((int) Math.min(Integer.MAX_VALUE, results.total()));
        try {
            proposals.save(draft);
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new PortalException("poll.proposal.already");
            }
            throw e;
        }
        audit.record("poll.proposalStarted", SUBJECT, id, null, "project=" + projectId + ", option=" + optionId
                + ", votes=" + results.total(), null);
        return projectId;
    }

    /**
     * The poll a project came from, for the project's pages, or null when it came from none; only for readers
     * whose district, region or programme covers the project.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public PollEvidence evidence(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        if (!caller.scope().covers(project.getDistrict())) {
            throw new AccessDeniedException();
        }
        if (project.getPollId() == null) {
            return null;
        }
        Poll poll = em.find(Poll.class, project.getPollId());
        PollResults results = results(poll);
        PollResults.Tally chosen = results.tallies().stream()
                .filter(t -> project.getPollOptionId() != null && t.optionId() == project.getPollOptionId())
                .findFirst().orElse(null);
        return new PollEvidence(poll.getId(), poll.getQuestion(), chosen == null ? null : chosen.label(),
                chosen == null ? 0 : chosen.votes(), results.total(), poll.getClosesOn());
    }

    /** Stores the closing of up to one batch of open polls whose closing day passed before {@code today}. */
    @PermitAll
    public int closeDue(LocalDate today) {
        List<Long> due = em.createQuery("select p.id from Poll p where p.status = :open and p.closesOn < :today"
                        + " order by p.closesOn, p.id", Long.class)
                .setParameter("open", PollStatus.OPEN).setParameter("today", today).setMaxResults(BATCH)
                .getResultList();
        Instant now = Instant.now();
        int closed = 0;
        for (Long id : due) {
            // Locked one by one, so that a mayor closing the same poll at this moment is served before or after.
            Poll poll = em.find(Poll.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (poll.closeIfDue(today, now)) {
                closed++;
                audit.recordSystem("poll.closed", SUBJECT, poll.getId(), PollStatus.OPEN.name(), describe(poll),
                        "closing day passed");
            }
        }
        return closed;
    }

    private Reader reader() {
        Scope scope = caller.scope();
        String role = caller.roleName();
        if (Role.MAYOR_NAME.equals(role) && scope.kind() == Scope.Kind.DISTRICT) {
            return Reader.MAYOR;
        }
        if (Role.RESIDENT_NAME.equals(role) && scope.kind() == Scope.Kind.DISTRICT) {
            return Reader.RESIDENT;
        }
        if (Role.GOVERNOR_NAME.equals(role) && scope.kind() == Scope.Kind.REGION) {
            return Reader.GOVERNOR;
        }
        throw new AccessDeniedException();
    }

    /** The poll, when the reader's place covers it; a draft only for its district's mayor. */
    private Poll readable(long id, Reader reader) {
        Poll poll = em.find(Poll.class, id);
        if (poll == null) {
            throw new NotFoundException();
        }
        if (!caller.scope().covers(poll.getDistrict())
                || reader != Reader.MAYOR && poll.getStatus() == PollStatus.DRAFT) {
            throw new AccessDeniedException();
        }
        return poll;
    }

    /** The caller's district's poll, locked against votes and other changes, at the version they saw. */
    private Poll mineLocked(long id, long seenVersion) {
        if (reader() != Reader.MAYOR) {
            throw new AccessDeniedException();
        }
        readable(id, Reader.MAYOR);
        Poll poll = em.find(Poll.class, id, LockModeType.PESSIMISTIC_WRITE);
        Versions.require(poll.getVersion(), seenVersion, audit::lastActorOf, SUBJECT, id);
        return poll;
    }

    private District myDistrict() {
        if (reader() != Reader.MAYOR) {
            throw new AccessDeniedException();
        }
        return em.find(District.class, caller.scope().districtId());
    }

    private Long myChoice(long pollId) {
        return em.createQuery("select v.optionId from PollVote v where v.pollId = :p and v.voterUsername = :me",
                        Long.class).setParameter("p", pollId).setParameter("me", caller.username())
                .getResultStream().findFirst().orElse(null);
    }

    private boolean hasVotes(long pollId) {
        return !em.createQuery("select v.id from PollVote v where v.pollId = :p", Long.class)
                .setParameter("p", pollId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The count of each option, in one statement. */
    private PollResults results(Poll poll) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select v.optionId, count(v) from PollVote v where v.pollId = :p group by v.optionId",
                        Object[].class).setParameter("p", poll.getId()).getResultList()
                .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return new PollResults(poll.getOptions().stream().map(o -> new PollResults.Tally(o.getId(), o.getPosition(),
                o.getLabel(), counts.getOrDefault(o.getId(), 0L))).toList());
    }

    private PollView.Proposal proposalOf(long pollId) {
        return em.createQuery("select p.id, p.title, o.label from Project p, PollOption o where p.pollId = :poll"
                        + " and o.id = p.pollOptionId", Object[].class).setParameter("poll", pollId)
                .getResultStream().findFirst()
                .map(r -> new PollView.Proposal(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .orElse(null);
    }

    private static String describe(Poll poll) {
        return "status=" + poll.getStatus() + ", question=" + poll.getQuestion() + ", opens=" + poll.getOpensOn()
                + ", closes=" + poll.getClosesOn() + ", options=" + poll.labels();
    }
}
