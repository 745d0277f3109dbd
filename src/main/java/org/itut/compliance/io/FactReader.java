package org.itut.compliance.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.itut.compliance.facts.Delivery;
import org.itut.compliance.facts.DeliveryRecipient;
import org.itut.compliance.facts.JcaProposal;
import org.itut.compliance.facts.LeadDesignation;
import org.itut.compliance.facts.Addressee;
import org.itut.compliance.facts.Cancellation;
import org.itut.compliance.facts.CancellationAuthority;
import org.itut.compliance.facts.ConsiderationAuthority;
import org.itut.compliance.facts.DocumentHandling;
import org.itut.compliance.facts.LeaderDetails;
import org.itut.compliance.facts.LiaisonApproval;
import org.itut.compliance.facts.LiaisonDetails;
import org.itut.compliance.facts.LiaisonTreatment;
import org.itut.compliance.facts.MeetingArrangements;
import org.itut.compliance.facts.MeetingPurpose;
import org.itut.compliance.facts.NoticeParty;
import org.itut.compliance.facts.ParticipantList;
import org.itut.compliance.facts.ReportApproval;
import org.itut.compliance.facts.ReportDetails;
import org.itut.compliance.facts.ReportItem;
import org.itut.compliance.facts.TdExemption;
import org.itut.compliance.facts.WorkItemKind;
import org.itut.compliance.facts.Announcement;
import org.itut.compliance.facts.ApprovalAnnouncement;
import org.itut.compliance.facts.ApprovalProcess;
import org.itut.compliance.facts.ApprovalStep;
import org.itut.compliance.facts.ChangeKind;
import org.itut.compliance.facts.CommentKind;
import org.itut.compliance.facts.ConsultationResult;
import org.itut.compliance.facts.DecisionBasis;
import org.itut.compliance.facts.DraftRecommendation;
import org.itut.compliance.facts.MeetingDecision;
import org.itut.compliance.facts.MoreTime;
import org.itut.compliance.facts.Objection;
import org.itut.compliance.facts.PreviousApproval;
import org.itut.compliance.facts.ProposalItem;
import org.itut.compliance.facts.QuestionDraft;
import org.itut.compliance.facts.QuestionKind;
import org.itut.compliance.facts.QuestionOrigin;
import org.itut.compliance.facts.QuestionState;
import org.itut.compliance.facts.RecommendationCategory;
import org.itut.compliance.facts.RecommendationDeletion;
import org.itut.compliance.facts.RecommendationTopic;
import org.itut.compliance.facts.ResultNotice;
import org.itut.compliance.facts.ResultState;
import org.itut.compliance.facts.ReviewComment;
import org.itut.compliance.facts.ReviewStage;
import org.itut.compliance.facts.ReviewWindow;
import org.itut.compliance.facts.SelectionChange;
import org.itut.compliance.facts.SgQuestionOutcome;
import org.itut.compliance.facts.StageOutcome;
import org.itut.compliance.facts.SupportKind;
import org.itut.compliance.facts.Supporter;
import org.itut.compliance.facts.UrgencyWaiver;
import org.itut.compliance.facts.ClauseReference;
import org.itut.compliance.facts.Consultation;
import org.itut.compliance.facts.ConsultationProcedure;
import org.itut.compliance.facts.Decision;
import org.itut.compliance.facts.DecisionKind;
import org.itut.compliance.facts.DeclaredDuty;
import org.itut.compliance.facts.DeclaredLeadership;
import org.itut.compliance.facts.Document;
import org.itut.compliance.facts.DocumentContent;
import org.itut.compliance.facts.DocumentKind;
import org.itut.compliance.facts.DocumentRole;
import org.itut.compliance.facts.DutyKind;
import org.itut.compliance.facts.Establishment;
import org.itut.compliance.facts.EstablishmentPath;
import org.itut.compliance.facts.Group;
import org.itut.compliance.facts.GroupKind;
import org.itut.compliance.facts.Inventory;
import org.itut.compliance.facts.Leader;
import org.itut.compliance.facts.LeaderRole;
import org.itut.compliance.facts.Lifetime;
import org.itut.compliance.facts.LifetimeKind;
import org.itut.compliance.facts.Meeting;
import org.itut.compliance.facts.MeetingMode;
import org.itut.compliance.facts.MeetingStatus;
import org.itut.compliance.facts.MemberKind;
import org.itut.compliance.facts.Origin;
import org.itut.compliance.facts.PartialDate;
import org.itut.compliance.facts.Position;
import org.itut.compliance.facts.Reply;
import org.itut.compliance.facts.Submission;
import org.itut.compliance.facts.SubmissionProblem;
import org.itut.compliance.facts.TermsOfReference;
import org.itut.compliance.facts.TorSection;

/**
 * Reads facts from YAML or JSON files (see {@code docs/facts-format.md}). Strict: unknown keys,
 * wrong types, bad dates, duplicate ids and references to unknown ids are all reported at once in
 * an {@link InputException}. The files are never changed.
 */
public final class FactReader {

    /** The folder of the bundled register inside the jar. */
    public static final String REGISTER = "register";

    private static final Set<String> EXTENSIONS = Set.of(".yaml", ".yml", ".json");

    private FactReader() {
    }

    /**
     * Reads files and directories (every {@code .yaml}, {@code .yml} and {@code .json} file below a
     * directory, in path order), within the {@linkplain ReadLimits#DEFAULTS default limits}.
     *
     * @param paths fact files and directories of them; all of them form one submission
     * @return the submission, checked as {@link Submission#validate()} checks facts built in code
     * @throws InputException listing every problem found, each with file, line, path, what was found and what was
     *         expected; nothing is evaluated from input with a problem
     */
    public static Submission read(List<Path> paths) throws InputException {
        return read(paths, ReadLimits.DEFAULTS);
    }

    /**
     * As {@link #read(List)}, within other limits.
     *
     * @param paths  fact files and directories of them
     * @param limits the limits, e.g. {@code ReadLimits.DEFAULTS.with("facts", 500_000)}
     * @return the submission
     * @throws InputException listing every problem found, each with file, line, path, what was found and what was
     *         expected; nothing is evaluated from input with a problem
     */
    public static Submission read(List<Path> paths, ReadLimits limits) throws InputException {
        List<InputProblem> problems = new ProblemList();
        List<Source> sources = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile).filter(FactReader::isFactFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    problems.add(new InputProblem(p.toString(), 0, "", "the directory cannot be read: " + cause,
                            "a readable directory"));
                    continue;
                }
                if (files.isEmpty()) {
                    problems.add(new InputProblem(p.toString(), 0, "", "the directory holds no .yaml, .yml or .json file",
                            "a directory of fact files"));
                }
                files.forEach(f -> sources.add(Source.of(f, limits)));
            } else if (Files.isRegularFile(p)) {
                sources.add(Source.of(p, limits));
            } else {
                problems.add(new InputProblem(p.toString(), 0, "", notAFile(p), "a path to a fact file or a directory of them"));
            }
        }
        return read(sources, problems, limits);
    }

    /** Why {@code p}, neither a regular file nor a directory, cannot be read. */
    private static String notAFile(Path p) {
        if (Files.isSymbolicLink(p)) {
            try {
                p.toRealPath();
            } catch (IOException e) {
                return "a symbolic link that leads nowhere (" + (e.getMessage() == null ? e : e.getMessage())
                        + "; a loop of links, or a missing target)";
            }
        }
        return Files.exists(p) ? "neither a regular file nor a directory (a device, a pipe or a socket)" : "no such file or directory";
    }

    /**
     * Reads one document from a reader, within the default limits.
     *
     * @param name   the name problems give, and that tells JSON ({@code .json}) from YAML
     * @param reader the text; it is read to its end, not closed
     * @return the submission
     * @throws InputException listing every problem found, each with file, line, path, what was found and what was
     *         expected; nothing is evaluated from input with a problem
     */
    public static Submission read(String name, Reader reader) throws InputException {
        return read(name, reader, ReadLimits.DEFAULTS);
    }

    /**
     * As {@link #read(String, Reader)}, within other limits (the file size counted in characters).
     *
     * @param name   the name problems give, and that tells JSON from YAML
     * @param reader the text
     * @param limits the limits
     * @return the submission
     * @throws InputException listing every problem found, each with file, line, path, what was found and what was
     *         expected; nothing is evaluated from input with a problem
     */
    public static Submission read(String name, Reader reader, ReadLimits limits) throws InputException {
        return read(List.of(new Source(name, () -> CheckedText.of(name, reader, limits.fileBytes()))), new ProblemList(), limits);
    }

    /** Reads one file's bytes as {@link #read(List, ReadLimits)} reads a file: for the fuzz tests, which read no disk. */
    static Submission read(String name, java.io.InputStream bytes, ReadLimits limits) throws InputException {
        return read(List.of(new Source(name, () -> CheckedText.of(name, bytes, limits.fileBytes()))), new ProblemList(), limits);
    }

    /**
     * Reads the register bundled with the library: the facts of the source documents.
     *
     * @return the register, its files named {@code register/...}
     * @throws InputException never for the library as built (its own tests read the register); listed as for files
     */
    public static Submission readRegister() throws InputException {
        List<Source> sources = new ArrayList<>();
        for (String name : Resources.list(REGISTER, FactReader::isFactName)) {
            String res = REGISTER + "/" + name;
            sources.add(new Source(res, () -> CheckedText.of(res, Resources.open(res), ReadLimits.DEFAULTS.fileBytes())));
        }
        return read(sources, new ProblemList(), ReadLimits.DEFAULTS);
    }

    private static boolean isFactFile(Path p) {
        return isFactName(p.getFileName().toString());
    }

    private static boolean isFactName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    private interface Opener {
        Reader open() throws IOException;
    }

    private record Source(String name, Opener opener) {
        /** A file, its size checked against the limit before a byte of it is read. */
        static Source of(Path p, ReadLimits limits) {
            String name = p.toString();
            return new Source(name, () -> {
                long size = Files.size(p);
                if (size > limits.fileBytes()) {
                    throw new CheckedText.Refusal(new InputProblem(name, 0, "", "the file is " + ReadLimits.bytes(size)
                            + ", more than the limit file-size of " + ReadLimits.bytes(limits.fileBytes()),
                            "a smaller file (split the facts over several files), or a higher limit: --limit file-size=N,"
                                    + " ReadLimits.with(\"file-size\", N)"));
                }
                return CheckedText.of(name, Files.newInputStream(p), limits.fileBytes());
            });
        }
    }

    /**
     * The problems found, at most {@link #LISTED} of them kept: a hostile file can hold millions,
     * and a list that long helps nobody. The rest are counted and said to exist, never dropped silently.
     */
    private static final class ProblemList extends java.util.AbstractList<InputProblem> {
        static final int LISTED = 1_000;
        private final List<InputProblem> kept = new ArrayList<>();
        private long more;

        @Override
        public boolean add(InputProblem p) {
            if (kept.size() < LISTED) {
                kept.add(p);
            } else {
                more++;
            }
            return true;
        }

        @Override
        public InputProblem get(int i) {
            return kept.get(i);
        }

        @Override
        public int size() {
            return kept.size();
        }

        List<InputProblem> sorted() {
            List<InputProblem> out = new ArrayList<>(kept);
            out.sort(Comparator.comparing(InputProblem::file).thenComparingInt(InputProblem::line)
                    .thenComparing(InputProblem::path));
            if (more > 0) {
                out.add(new InputProblem(out.get(out.size() - 1).file(), 0, "", "and " + more + " more problem"
                        + (more == 1 ? "" : "s") + " not listed: only the first " + LISTED + " found are",
                        "correct those listed and read again"));
            }
            return out;
        }
    }

    private static Submission read(List<Source> sources, List<InputProblem> problems, ReadLimits limits) throws InputException {
        Binder binder = new Binder(problems);
        TreeReader.Budget budget = new TreeReader.Budget(limits);
        for (Source s : sources) {
            if (budget.exhausted) {
                break;
            }
            List<Node> roots;
            try (Reader r = s.opener().open()) {
                roots = new TreeReader(s.name(), problems, budget).readAll(r, s.name().toLowerCase(Locale.ROOT).endsWith(".json"));
            } catch (CheckedText.Refusal e) {
                problems.add(e.problem());
                continue;
            } catch (IOException | UncheckedIOException e) {
                problems.add(new InputProblem(s.name(), 0, "", "cannot be read: " + e.getMessage(), "a readable file"));
                continue;
            }
            for (Node root : roots) {
                binder.file(s.name(), root);
            }
        }
        // A file stopped at a limit left the submission partial: its references would only add noise.
        Submission submission = budget.exhausted ? null : binder.finish();
        if (!problems.isEmpty()) {
            throw new InputException(((ProblemList) problems).sorted());
        }
        return submission;
    }

    /**
     * Binds mappings to fact records. Ids, references and parents are checked afterwards on the whole
     * submission by {@link Submission#validate()}, the same step that checks facts built in code; the
     * binder keeps, for each fact, the mapping it was read from, to report those problems with file,
     * line and path.
     */
    private static final class Binder {
        private final List<InputProblem> problems;
        private final Submission.Builder builder = Submission.builder();
        /** Per record, the mapping each fact was read from, in the order the builder holds them. */
        private final Map<Class<?>, List<Obj>> read = new HashMap<>();
        private final Set<String> declared = new HashSet<>();
        private final Set<String> built = new HashSet<>();

        Binder(List<InputProblem> problems) {
            this.problems = problems;
        }

        void file(String file, Node root) {
            Obj top = Obj.of(file, "", root, problems,
                    "facts (groups, meetings, documents, decisions, consultations, replies, inventories, questions,"
                            + " recommendations, consultationResults, jcaProposals, leadDesignations, deliveries, participantLists)");
            if (top == null) {
                return;
            }
            top.text("about", false, "a sentence saying what the file holds and where its facts come from");
            top.objs("groups", "a group").forEach(this::group);
            top.objs("meetings", "a meeting").forEach(this::meeting);
            top.objs("documents", "a document").forEach(this::document);
            top.objs("decisions", "a decision").forEach(this::decision);
            top.objs("consultations", "a consultation").forEach(this::consultation);
            top.objs("replies", "a reply to a consultation").forEach(this::reply);
            top.objs("inventories", "a complete-inventory declaration").forEach(this::inventory);
            top.objs("questions", "a draft Question (see docs/facts-approvals.md)").forEach(this::question);
            top.objs("recommendations", "a draft Recommendation (see docs/facts-approvals.md)").forEach(this::recommendation);
            top.objs("consultationResults", "the announced result of a consultation (see docs/facts-approvals.md)")
                    .forEach(this::consultationResult);
            // Facts of the duties rules (docs/facts-duties.md).
            top.objs("jcaProposals", "a proposal to establish a JCA and its notification").forEach(this::jcaProposal);
            top.objs("leadDesignations", "a lead-study-group designation").forEach(this::leadDesignation);
            top.objs("deliveries", "how a document was sent").forEach(this::delivery);
            top.objs("participantLists", "a participating entity's list of participants (see docs/facts-meetings.md)")
                    .forEach(this::participantList);
            top.done();
        }

        private String id(Obj o) {
            String id = o.text("id", true, "a unique id");
            if (id != null) {
                declared.add(id);
            }
            return id;
        }

        /** Makes a value inside a fact and passes it on; a constructor's complaint becomes a problem at the mapping. */
        private <T> void add(Obj o, java.util.function.Supplier<T> make, java.util.function.Consumer<T> sink) {
            T made = construct(o, make);
            if (made != null) {
                sink.accept(made);
            }
        }

        /** Makes a fact read from {@code o} and adds it to the submission; {@code null} if it cannot be made. */
        private <T> T fact(Obj o, String id, java.util.function.Supplier<T> make) {
            T made = construct(o, make);
            if (made != null) {
                add(o, made);
                if (id != null) {
                    built.add(id);
                }
            }
            return made;
        }

        private void add(Obj o, Object fact) {
            builder.add(fact, new Origin(o.file(), o.line(), o.path()));
            read.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(o);
        }

        /** A fact read from inside another (a meeting's arrangements), added once that other fact is made. */
        private record Attached(Obj obj, Object fact) {
        }

        private <T> void attach(Obj o, java.util.function.Supplier<T> make, List<Attached> to) {
            T made = construct(o, make);
            if (made != null) {
                to.add(new Attached(o, made));
            }
        }

        private void addAttached(Object owner, List<Attached> attached) {
            if (owner != null) {
                attached.forEach(a -> add(a.obj(), a.fact()));
            }
        }

        /** Builds the submission and reports, where they were read, the problems {@link Submission#validate()} finds. */
        Submission finish() {
            Submission s = builder.build();
            Set<String> unbuilt = new HashSet<>(declared);
            unbuilt.removeAll(built);
            for (SubmissionProblem p : s.validate()) {
                if (p.check() == SubmissionProblem.Check.UNKNOWN_ID && unbuilt.contains(p.value())) {
                    continue; // it names a fact that is in the files but could not be made: that fact's problem is reported
                }
                Obj o = read.get(p.factType()).get(p.index());
                Found f = find(o.node(), o.path(), p.keys(), 0, p.value());
                if (f == null) {
                    String tail = p.path().substring(p.path().indexOf(']') + 1);
                    f = new Found(o.node(), o.path() + tail);
                }
                problems.add(new InputProblem(o.file(), f.node().line(), f.path(), p.problem(), p.expected()));
            }
            return s;
        }

        private record Found(Node node, String path) {
        }

        /**
         * The value {@code keys} lead to from {@code n}, with its path in the file. A list in the record
         * can lack items of the file's list (those with problems are left out), so a list position is
         * tried first as given, then at the other positions, for the one that holds {@code value}.
         */
        private static Found find(Node n, String path, List<String> keys, int i, String value) {
            if (i == keys.size()) {
                boolean holds = value == null || n instanceof Node.Scalar sc && value.equals(sc.text())
                        || i > 0 && keys.get(i - 1).equals(value);
                return holds ? new Found(n, path) : null;
            }
            String key = keys.get(i);
            if (key.startsWith("[")) {
                if (!(n instanceof Node.ListNode list)) {
                    return null;
                }
                int at = Integer.parseInt(key.substring(1, key.length() - 1));
                List<Node> items = list.items();
                for (int k = -1; k < items.size(); k++) {
                    int j = k < 0 ? at : k;
                    if (j < items.size() && (k < 0 || k != at)) {
                        Found f = find(items.get(j), path + "[" + j + "]", keys, i + 1, value);
                        if (f != null) {
                            return f;
                        }
                    }
                }
                return null;
            }
            if (!(n instanceof Node.MapNode m) || !m.entries().containsKey(key)) {
                return null;
            }
            return find(m.entries().get(key).value(), path.isEmpty() ? key : path + "." + key, keys, i + 1, value);
        }

        private <T> T construct(Obj o, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                o.problem(null, "is not a valid " + o.path().replaceAll("\\[\\d+\\]$", "").replaceAll(".*\\.", "")
                        + ": " + e.getMessage(), "see docs/facts-format.md");
                return null;
            }
        }

        private void group(Obj o) {
            String id = id(o);
            GroupKind kind = o.enumValue("kind", GroupKind.class, true);
            String name = o.text("name", false, "the group's expanded name");
            String parent = o.text("parent", false, "the id of the parent group");
            List<String> associated = o.texts("associated", "group ids");
            Establishment est = establishment(o.obj("established", "how the group was established"));
            Establishment closed = establishment(o.obj("closed", "how the group ended"));
            List<Leader> leaders = new ArrayList<>();
            List<Attached> details = new ArrayList<>();
            for (Obj l : o.objs("leaders", "a leader")) {
                Leader leader = leader(l, id, details);
                if (leader != null) {
                    leaders.add(leader);
                }
            }
            Obj t = o.obj("termsOfReference", "the group's terms of reference");
            TermsOfReference tor = t == null ? null : tor(t);
            String secretariat = o.text("secretariat", false, "the TSB secretariat contact");
            o.done();
            if (id != null && kind != null) {
                addAttached(fact(o, id, () -> new Group(id, kind, name, parent, associated, est, closed, leaders, tor, secretariat)), details);
            }
        }

        private Establishment establishment(Obj o) {
            if (o == null) {
                return null;
            }
            var on = o.date("on");
            String by = o.text("by", false, "the id of the deciding group");
            String decision = o.text("decision", false, "the id of the decision or document that records it");
            String meeting = o.text("meeting", false, "the id of the meeting where it was decided");
            EstablishmentPath path = o.enumValue("path", EstablishmentPath.class, false);
            o.done();
            return new Establishment(on, by, decision, meeting, path);
        }

        private Leader leader(Obj o, String group, List<Attached> details) {
            String person = o.text("person", true, "the person's name");
            LeaderRole role = o.enumValue("role", LeaderRole.class, true);
            String affiliation = o.text("affiliation", false, "another position the person holds, as stated");
            String nominatedBy = o.text("nominatedBy", false, "the id of the nominating group");
            String appointedBy = o.text("appointedBy", false, "the id of the appointing group");
            var appointedOn = o.date("appointedOn");
            leaderDetails(o, group, person, role, details);
            o.done();
            if (person == null || role == null) {
                return null;
            }
            return construct(o, () -> new Leader(person, role, affiliation, nominatedBy, appointedBy, appointedOn));
        }

        private TermsOfReference tor(Obj o) {
            String document = o.text("document", true, "the id or reference of the document holding the terms");
            Boolean approved = o.bool("approved");
            var approvedOn = o.date("approvedOn");
            String approvedBy = o.text("approvedBy", false, "the id of the approving group");
            List<TorSection> sections = o.enums("sections", TorSection.class);
            String parent = o.text("parent", false, "the id of the parent the terms name");
            List<DeclaredLeadership> leadership = new ArrayList<>();
            for (Obj l : o.objs("leadership", "the leadership the terms prescribe")) {
                String item = l.text("item", true, "where in the terms it is written");
                LeaderRole role = l.enumValue("role", LeaderRole.class, true);
                Integer count = l.integer("count", true);
                List<String> nominatedBy = l.texts("nominatedBy", "group ids");
                l.done();
                if (role != null && count != null) {
                    add(l, () -> new DeclaredLeadership(item, role, count, nominatedBy), leadership::add);
                }
            }
            List<DeclaredDuty> duties = new ArrayList<>();
            for (Obj d : o.objs("duties", "a duty the terms declare")) {
                String item = d.text("item", true, "where in the terms it is written");
                DutyKind kind = d.enumValue("kind", DutyKind.class, true);
                List<String> to = d.texts("to", "group ids");
                Period lead = d.period("leadTime", true);
                Boolean agenda = d.bool("draftAgenda");
                d.done();
                if (item != null && kind != null && lead != null) {
                    add(d, () -> new DeclaredDuty(item, kind, to, lead, Boolean.TRUE.equals(agenda)), duties::add);
                }
            }
            Lifetime lifetime = null;
            Obj l = o.obj("lifetime", "the lifetime the terms state");
            if (l != null) {
                String item = l.text("item", false, "where in the terms it is written");
                LifetimeKind kind = l.enumValue("kind", LifetimeKind.class, true);
                String decidedBy = l.text("decidedBy", false, "the id of the deciding group");
                var until = l.date("until");
                String clause = l.text("clause", false, "the clause cited, e.g. A.1 5.10");
                String extensionBy = l.text("extensionBy", false, "the id of the group deciding an extension");
                List<String> input = l.texts("extensionInputFrom", "group ids");
                l.done();
                if (kind != null) {
                    lifetime = construct(l, () -> new Lifetime(item, kind, decidedBy, until, clause, extensionBy, input));
                }
            }
            List<ClauseReference> citations = citations(o);
            o.done();
            if (document == null) {
                return null;
            }
            Lifetime lt = lifetime;
            return construct(o, () -> new TermsOfReference(document, approved == null || approved, approvedOn, approvedBy,
                    sections, parent, leadership, duties, lt, citations));
        }

        private List<ClauseReference> citations(Obj o) {
            List<ClauseReference> out = new ArrayList<>();
            for (Obj c : o.objs("citations", "a clause cited")) {
                String instrument = c.text("instrument", true, "the text cited, e.g. A.1 or Res. 1");
                String edition = c.text("edition", false, "the edition cited, e.g. 2022");
                String clause = c.text("clause", true, "the clause cited, e.g. 5.10");
                String item = c.text("item", false, "where in the document the citation stands");
                c.done();
                if (instrument != null && clause != null) {
                    add(c, () -> new ClauseReference(instrument, edition, clause, item), out::add);
                }
            }
            return out;
        }

        private void meeting(Obj o) {
            String id = id(o);
            String group = o.text("group", true, "the id of the group that meets");
            String title = o.text("title", false, "a title");
            PartialDate start = o.partialDate("start", true);
            PartialDate end = o.has("end") ? o.partialDate("end", false) : start;
            MeetingStatus status = o.has("status") ? o.enumValue("status", MeetingStatus.class, false) : MeetingStatus.PLANNED;
            MeetingMode mode = o.enumValue("mode", MeetingMode.class, false);
            String place = o.text("place", false, "the venue");
            Boolean remote = o.bool("remoteParticipation");
            String with = o.text("inConjunctionWith", false, "the id of the meeting it is held with");
            Announcement ann = null;
            Obj a = o.obj("announcement", "how the meeting was announced");
            if (a != null) {
                var on = a.date("on");
                String doc = a.text("document", false, "the id of the announcing document");
                Boolean agenda = a.bool("draftAgenda");
                a.done();
                ann = new Announcement(on, doc, agenda);
            }
            Obj arr = o.obj("arrangements", "how the meeting was arranged (docs/facts-meetings.md)");
            List<Attached> details = new ArrayList<>();
            if (arr != null) {
                arrangements(arr, id, details);
            }
            o.done();
            if (id != null && group != null && status != null) {
                Announcement fa = ann;
                addAttached(fact(o, id, () -> new Meeting(id, group, title, start, end, status, mode, place, remote, with, fa)), details);
            }
        }

        private void document(Obj o) {
            String id = id(o);
            DocumentKind kind = o.enumValue("kind", DocumentKind.class, true);
            DocumentRole role = o.enumValue("role", DocumentRole.class, false);
            String title = o.text("title", false, "the title");
            String source = o.text("source", false, "the id of the issuing group");
            o.text("author", false, "the issuing person or entity, as named");
            List<String> to = o.texts("to", "group ids");
            o.texts("audience", "addressees that are not groups, as named");
            var date = o.date("date");
            var submitted = o.date("submitted");
            var posted = o.date("posted");
            String forMeeting = o.text("forMeeting", false, "the id of the meeting it is for");
            List<String> concerns = o.texts("concerns", "ids of groups, meetings or documents");
            List<String> covers = o.texts("covers", "meeting ids");
            List<DocumentContent> contains = o.enums("contains", DocumentContent.class);
            List<ClauseReference> citations = citations(o);
            String supersedes = o.text("supersedes", false, "the id of the document it replaces");
            o.text("note", false, "a remark on the transcription");
            List<Attached> details = new ArrayList<>();
            Obj h = o.obj("handling", "how the document was handled (docs/facts-meetings.md)");
            if (h != null) {
                handling(h, id, details);
            }
            Obj ls = o.obj("liaison", "what the liaison statement carries (docs/facts-meetings.md)");
            if (ls != null) {
                liaison(ls, id, details);
            }
            Obj rep = o.obj("report", "what the report contains (docs/facts-meetings.md)");
            if (rep != null) {
                reportDetails(rep, id, details);
            }
            o.done();
            if (id != null && kind != null) {
                addAttached(fact(o, id, () -> new Document(id, kind, role, title, source, to, date, submitted, posted,
                        forMeeting, concerns, covers, contains, citations, supersedes)), details);
            }
        }

        private void decision(Obj o) {
            String id = id(o);
            String body = o.text("body", true, "the id of the deciding group");
            DecisionKind kind = o.enumValue("kind", DecisionKind.class, true);
            List<String> subjects = o.texts("subjects", "ids of what the decision is about");
            var date = o.date("date");
            String meeting = o.text("meeting", false, "the id of the meeting where it was taken");
            String clause = o.text("clause", false, "the clause it was taken under, as stated");
            String record = o.text("record", false, "the id of the document recording it");
            List<String> input = o.texts("inputFrom", "group ids");
            String note = o.text("note", false, "a remark");
            o.done();
            if (id != null && body != null && kind != null) {
                fact(o, id, () -> new Decision(id, body, kind, subjects, date, meeting, clause, record, input, note));
            }
        }

        private void consultation(Obj o) {
            String id = id(o);
            String circular = o.text("circular", false, "the id of the circular that opens it");
            ConsultationProcedure procedure = o.enumValue("procedure", ConsultationProcedure.class, true);
            var opened = o.date("opened");
            var deadline = o.instant("deadline");
            List<String> subjects = o.texts("subjects", "ids of what is consulted on");
            String meeting = o.text("meeting", false, "the id of the meeting the consultation precedes");
            o.done();
            if (id != null && procedure != null) {
                fact(o, id, () -> new Consultation(id, circular, procedure, opened, deadline, subjects, meeting));
            }
        }

        private void reply(Obj o) {
            String id = id(o);
            String consultation = o.text("consultation", true, "the id of the consultation");
            String from = o.text("from", true, "the replying entity, as named");
            MemberKind memberKind = o.enumValue("memberKind", MemberKind.class, true);
            String memberState = o.text("memberState", false, "the Member State the replying administration belongs to");
            var received = o.instant("receivedAt");
            Map<String, Position> positions = o.map("positions", "subject ids to positions",
                    t -> Position.valueOf(t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')),
                    "one of " + Obj.names(Position.class));
            Boolean reasons = o.bool("reasonsAttached");
            String comments = o.text("comments", false, "the comments sent with the reply");
            o.done();
            if (id != null && consultation != null && from != null && memberKind != null) {
                fact(o, id, () -> new Reply(id, consultation, from, memberKind,
                        memberState != null ? memberState : memberKind == MemberKind.MEMBER_STATE ? from : null,
                        received, positions, reasons, comments));
            }
        }

        private void inventory(Obj o) {
            String source = o.text("source", true, "the id of the group whose documents are complete");
            List<DocumentKind> kinds = o.enums("kinds", DocumentKind.class);
            var from = o.date("from");
            var to = o.date("to");
            if (from == null && !o.has("from")) {
                o.problem(null, "the required key \"from\" is missing", "the first day the inventory covers");
            }
            if (to == null && !o.has("to")) {
                o.problem(null, "the required key \"to\" is missing", "the last day the inventory covers");
            }
            o.done();
            if (source != null && from != null && to != null) {
                fact(o, null, () -> new Inventory(source, kinds, from, to));
            }
        }

        // ---- Approvals (docs/facts-approvals.md) ------------------------------------------------

        private void question(Obj o) {
            String id = id(o);
            String question = o.text("question", true, "the id of the Question (a group of kind QUESTION)");
            QuestionKind kind = o.enumValue("kind", QuestionKind.class, false);
            List<String> merges = o.texts("merges", "ids of the Questions merged into it");
            String title = o.text("title", false, "the title of the draft");
            QuestionOrigin origin = o.enumValue("origin", QuestionOrigin.class, false);
            String proposal = o.text("proposal", false, "the id of the proposing document");
            List<ProposalItem> content = o.has("proposalContent") ? o.enums("proposalContent", ProposalItem.class) : null;
            var distributed = o.date("distributed");
            String meeting = o.text("meeting", false, "the id of the study-group meeting that considered it");
            SgQuestionOutcome outcome = o.enumValue("sgOutcome", SgQuestionOutcome.class, false);
            DecisionBasis basis = o.enumValue("sgBasis", DecisionBasis.class, false);
            var sgDate = o.date("sgDate");
            List<Supporter> supporters = null;
            if (o.has("supporters")) {
                supporters = new ArrayList<>();
                for (Obj s : o.objs("supporters", "a supporter")) {
                    String entity = s.text("entity", true, "the supporting member, as named");
                    MemberKind mk = s.enumValue("memberKind", MemberKind.class, true);
                    List<SupportKind> support = s.enums("support", SupportKind.class);
                    s.done();
                    if (entity != null && mk != null) {
                        add(s, () -> new Supporter(entity, mk, support), supporters::add);
                    }
                }
            }
            Boolean recorded = o.bool("supportersRecorded");
            String announcedBy = o.text("announcedBy", false, "the id of the circular announcing the approval or deletion");
            UrgencyWaiver urgency = null;
            Obj u = o.obj("urgency", "the Director's urgency waiver of TSAG review");
            if (u != null) {
                var on = u.date("on");
                Boolean consulted = u.bool("tsagChairConsulted");
                u.done();
                urgency = new UrgencyWaiver(on, consulted);
            }
            QuestionState state = o.enumValue("state", QuestionState.class, false);
            o.done();
            if (id != null && question != null) {
                List<Supporter> sups = supporters;
                UrgencyWaiver w = urgency;
                fact(o, id, () -> new QuestionDraft(id, question, kind, merges, title, origin, proposal,
                        content, distributed, meeting, outcome, basis, sgDate, sups, recorded, announcedBy, w, state));
            }
        }

        private void recommendation(Obj o) {
            String id = id(o);
            String title = o.text("title", false, "the title");
            String question = o.text("question", false, "the id of the Question responsible");
            String sg = o.text("studyGroup", false, "the id of the study group");
            ApprovalProcess process = o.enumValue("process", ApprovalProcess.class, false);
            List<RecommendationTopic> topics = o.has("topics") ? o.enums("topics", RecommendationTopic.class) : null;
            RecommendationCategory category = o.enumValue("category", RecommendationCategory.class, false);
            SelectionChange selection = null;
            Obj sel = o.obj("selection", "a decision that switched the approval process");
            if (sel != null) {
                var date = sel.date("date");
                String meeting = sel.text("meeting", false, "the id of the deciding meeting");
                DecisionBasis basis = sel.enumValue("basis", DecisionBasis.class, false);
                Boolean written = sel.bool("written");
                Boolean reasons = sel.bool("reasons");
                Boolean seconded = sel.bool("seconded");
                sel.done();
                selection = new SelectionChange(date, meeting, basis, written, reasons, seconded);
            }
            ApprovalStep consent = step(o.obj("consent", "the AAP consent"));
            ApprovalStep determination = step(o.obj("determination", "the TAP determination"));
            Boolean summary = o.bool("summary");
            var finalText = o.date("finalText");
            ReviewWindow lastCall = window(o.obj("lastCall", "the AAP Last Call"));
            ReviewWindow review = window(o.obj("additionalReview", "the AAP Additional Review"));
            var revisedText = o.date("revisedText");
            List<ReviewComment> comments = new ArrayList<>();
            for (Obj c : o.objs("comments", "a comment received in AAP")) {
                ReviewStage stage = c.enumValue("stage", ReviewStage.class, true);
                CommentKind kind = c.enumValue("kind", CommentKind.class, false);
                String from = c.text("from", false, "the commenting entity, as named");
                var received = c.date("received");
                c.done();
                if (stage != null) {
                    comments.add(new ReviewComment(stage, kind, from, received));
                }
            }
            String approvalMeeting = o.text("approvalMeeting", false, "the id of the meeting that considers it for approval");
            ApprovalAnnouncement announcement = null;
            Obj a = o.obj("announcement", "the announcement of its consideration at the approval meeting");
            if (a != null) {
                String doc = a.text("document", false, "the id of the announcing document");
                var date = a.date("date");
                Boolean withSummary = a.bool("summary");
                a.done();
                announcement = new ApprovalAnnouncement(doc, date, withSummary);
            }
            var translations = o.date("translations");
            String commentsDocument = o.text("commentsDocument", false, "the id of the TD compiling the consultation comments");
            MeetingDecision decision = null;
            Obj d = o.obj("decision", "the decision at the approval meeting");
            if (d != null) {
                var date = d.date("date");
                ResultState recorded = d.enumValue("recorded", ResultState.class, false);
                List<String> opposing = d.texts("opposing", "Member States present that opposed, as named");
                List<String> others = d.texts("opposingOthers", "other members present that opposed, as named");
                List<String> abstaining = d.texts("abstaining", "delegations that abstained, as named");
                List<String> reservations = d.texts("reservations", "delegations that registered a reservation, as named");
                Boolean policy = d.bool("policyDeclaration");
                MoreTime moreTime = null;
                Obj m = d.obj("moreTime", "a request for more time");
                if (m != null) {
                    List<String> by = m.texts("requestedBy", "requesting Member States, as named");
                    var on = m.date("requestedOn");
                    List<Objection> oppositions = objections(m, "oppositions");
                    m.done();
                    moreTime = new MoreTime(by, on, oppositions);
                }
                d.done();
                decision = new MeetingDecision(date, recorded, opposing, others, abstaining, reservations, policy, moreTime);
            }
            ResultNotice result = notice(o.obj("result", "the circular announcing the result"));
            PreviousApproval previous = null;
            Obj p = o.obj("previous", "the previous approval of the same text");
            if (p != null) {
                var date = p.date("date");
                ChangeKind change = p.enumValue("change", ChangeKind.class, false);
                p.done();
                previous = new PreviousApproval(date, change);
            }
            RecommendationDeletion deletion = null;
            Obj del = o.obj("deletion", "a proposed deletion");
            if (del != null) {
                String meeting = del.text("meeting", false, "the id of the meeting that agreed the deletion");
                Boolean unopposed = del.bool("unopposed");
                List<String> opposing = del.texts("opposing", "Member States present that opposed, as named");
                String circular = del.text("circular", false, "the id of the circular announcing the agreement");
                var circularOn = del.date("circularOn");
                List<Objection> objections = objections(del, "objections");
                ResultNotice res = notice(del.obj("result", "the circular announcing the result of the deletion"));
                del.done();
                deletion = new RecommendationDeletion(meeting, unopposed, opposing, circular, circularOn, objections, res);
            }
            o.done();
            if (id != null) {
                SelectionChange fs = selection;
                ApprovalAnnouncement fa = announcement;
                MeetingDecision fd = decision;
                PreviousApproval fp = previous;
                RecommendationDeletion fdel = deletion;
                fact(o, id, () -> new DraftRecommendation(id, title, question, sg, process, topics,
                        category, fs, consent, determination, summary, finalText, lastCall, review, revisedText, comments,
                        approvalMeeting, fa, translations, commentsDocument, fd, result, fp, fdel));
            }
        }

        private ApprovalStep step(Obj o) {
            if (o == null) {
                return null;
            }
            String meeting = o.text("meeting", false, "the id of the meeting");
            var date = o.date("date");
            o.done();
            return new ApprovalStep(meeting, date);
        }

        private ReviewWindow window(Obj o) {
            if (o == null) {
                return null;
            }
            var start = o.date("start");
            var end = o.date("end");
            String doc = o.text("announcement", false, "the id of the announcing document");
            StageOutcome outcome = o.enumValue("outcome", StageOutcome.class, false);
            o.done();
            return new ReviewWindow(start, end, doc, outcome);
        }

        private ResultNotice notice(Obj o) {
            if (o == null) {
                return null;
            }
            String doc = o.text("document", false, "the id of the circular");
            var date = o.date("date");
            ResultState announced = o.enumValue("announced", ResultState.class, false);
            o.done();
            return new ResultNotice(doc, date, announced);
        }

        private List<Objection> objections(Obj o, String key) {
            List<Objection> out = new ArrayList<>();
            for (Obj x : o.objs(key, "an objection")) {
                String from = x.text("from", true, "the objecting entity, as named");
                MemberKind mk = x.enumValue("memberKind", MemberKind.class, true);
                var received = x.date("received");
                x.done();
                if (from != null && mk != null) {
                    add(x, () -> new Objection(from, mk, received), out::add);
                }
            }
            return out;
        }

        private void consultationResult(Obj o) {
            String id = id(o);
            String consultation = o.text("consultation", true, "the id of the consultation");
            String document = o.text("document", false, "the id of the announcing document");
            var date = o.date("date");
            Map<String, ResultState> outcomes = o.map("outcomes", "subject ids to announced results",
                    t -> ResultState.valueOf(t.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')),
                    "one of " + Obj.names(ResultState.class));
            String forwarded = o.text("commentsForwarded", false, "the id of the document forwarding the comments");
            var forwardedOn = o.date("commentsForwardedOn");
            o.done();
            if (id != null && consultation != null) {
                fact(o, id, () -> new ConsultationResult(id, consultation, document, date, outcomes,
                        forwarded, forwardedOn));
            }
        }

        private void jcaProposal(Obj o) {
            String id = id(o);
            String jca = o.text("jca", true, "the id of the JCA proposed");
            String proposer = o.text("proposer", false, "the id of the proposing group");
            EstablishmentPath path = o.enumValue("path", EstablishmentPath.class, false);
            var management = o.date("managementConsulted");
            var chairs = o.date("chairsConsulted");
            var notified = o.date("notified");
            List<String> notifiedTo = o.texts("notifiedTo", "group ids (whose reflectors got the notification)");
            String td = o.text("td", false, "the id of the TD carrying the notification to the deciding body's next meeting");
            List<TorSection> sections = o.enums("torSections", TorSection.class);
            String chairman = o.text("chairman", false, "the proposed chairman");
            List<String> coChairs = o.texts("coChairs", "the proposed co-chairs");
            var revised = o.date("revised");
            Boolean comments = o.bool("substantiveComments");
            Boolean consensus = o.bool("consensus");
            String designation = o.text("leadDesignation", false, "the id of the lead-study-group designation relied on");
            Boolean broad = o.bool("broadSubject");
            o.done();
            if (id != null && jca != null) {
                fact(o, id, () -> new JcaProposal(id, jca, proposer, path, management, chairs, notified,
                        notifiedTo, td, sections, chairman, coChairs, revised, comments, consensus, designation, broad));
            }
        }

        private void leadDesignation(Obj o) {
            String id = id(o);
            String sg = o.text("sg", true, "the id of the designated study group");
            String subject = o.text("subject", true, "the subject, as the designation states it");
            String by = o.text("designatedBy", false, "the id of the designating body (WTSA or TSAG)");
            var from = o.date("from");
            var until = o.date("until");
            o.done();
            if (id != null && sg != null && subject != null) {
                fact(o, id, () -> new LeadDesignation(id, sg, subject, by, from, until));
            }
        }

        private void delivery(Obj o) {
            String document = o.text("document", true, "the id of the document sent");
            List<DeliveryRecipient> to = o.enums("to", DeliveryRecipient.class);
            var on = o.date("on");
            var available = o.date("madeAvailable");
            o.done();
            if (document != null) {
                fact(o, null, () -> new Delivery(document, to, on, available));
            }
        }

        // ---- Meeting and document details (docs/facts-meetings.md) ----

        /** A list when the key is present (possibly empty), {@code null} when absent: absence means "not recorded". */
        private static <T> List<T> listOrNull(Obj o, String key, java.util.function.Supplier<List<T>> read) {
            boolean present = o.has(key);
            List<T> v = read.get();
            return present ? v : null;
        }

        private void leaderDetails(Obj o, String group, String person, LeaderRole role, List<Attached> details) {
            Boolean endorsed = o.bool("endorsed");
            String endorsedBy = o.text("endorsedBy", false, "the id of the group that endorsed the appointment");
            var endorsedOn = o.date("endorsedOn");
            String tor = o.text("termsOfReference", false, "where the person's terms of reference are recorded");
            if (group != null && person != null && role != null
                    && (endorsed != null || endorsedBy != null || endorsedOn != null || tor != null)) {
                attach(o, () -> new LeaderDetails(group, person, role, endorsed, endorsedBy, endorsedOn, tor), details);
            }
        }

        private void arrangements(Obj o, String meeting, List<Attached> details) {
            Boolean planned = o.bool("planned");
            var inTimetable = o.date("inTimetable");
            MeetingPurpose purpose = o.enumValue("purpose", MeetingPurpose.class, false);
            Boolean director = o.bool("directorApproved");
            String dependsOn = o.text("dependsOn", false, "the id of the meeting this one depends on");
            Cancellation cancellation = null;
            Obj c = o.obj("cancellation", "how the meeting was cancelled");
            if (c != null) {
                var on = c.date("on");
                CancellationAuthority by = c.enumValue("decidedBy", CancellationAuthority.class, false);
                Boolean chairAgreed = c.bool("chairAgreed");
                String doc = c.text("document", false, "the id of the document announcing the cancellation");
                c.done();
                cancellation = new Cancellation(on, by, chairAgreed, doc);
            }
            Boolean original = o.bool("originalLanguageOnly");
            Integer contributions = o.integer("contributions", false);
            String agreedAt = o.text("agreedAt", false, "the id of the parent meeting that agreed the meeting");
            var confirmation = o.date("confirmationSent");
            List<NoticeParty> noticeTo = listOrNull(o, "noticeTo", () -> o.enums("noticeTo", NoticeParty.class));
            String reason = o.text("shortNoticeReason", false, "the recorded reason for a short notice");
            Boolean visa = o.bool("visaSupport");
            Boolean premises = o.bool("onItuPremises");
            Boolean charges = o.bool("facilityCharges");
            String chargesBy = o.text("chargesAgreedBy", false, "the id of the study group that agreed the charges");
            var chargesOn = o.date("chargesAgreedOn");
            Boolean extras = o.bool("hostExtrasMandatory");
            Boolean excluded = o.bool("exclusionForNonPayment");
            o.done();
            if (meeting != null) {
                Cancellation fc = cancellation;
                attach(o, () -> new MeetingArrangements(meeting, planned, inTimetable, purpose,
                        director, dependsOn, fc, original, contributions, agreedAt, confirmation, noticeTo, reason, visa,
                        premises, charges, chargesBy, chargesOn, extras, excluded), details);
            }
        }

        private void handling(Obj o, String document, List<Attached> details) {
            Boolean translation = o.bool("translationRequested");
            var eventEnd = o.date("eventEnd");
            TdExemption exemption = o.enumValue("exemption", TdExemption.class, false);
            Boolean chairAccepted = o.bool("chairAccepted");
            var discussedOn = o.date("discussedOn");
            Boolean agreedOtherwise = o.bool("meetingAgreedOtherwise");
            Boolean authorized = o.bool("sourceAuthorized");
            Boolean registered = o.bool("sourceRegistered");
            Boolean software = o.bool("containsSoftware");
            var form = o.date("softwareFormReceived");
            Boolean admitted = o.bool("directorAdmitted");
            String consideredAt = o.text("consideredAt", false, "the id of the meeting that considered it");
            ConsiderationAuthority decidedBy = o.enumValue("considerationDecidedBy", ConsiderationAuthority.class, false);
            String heldFor = o.text("heldFor", false, "the id of the meeting it was held for");
            String reissueOf = o.text("reissueOf", false, "the id of the document it reissues");
            Integer drafts = o.integer("draftRecommendations", false);
            WorkItemKind workItem = o.enumValue("workItem", WorkItemKind.class, false);
            List<String> basedOn = listOrNull(o, "basedOn", () -> o.texts("basedOn", "document ids"));
            Boolean review = o.bool("finalReviewByRapporteur");
            Boolean constrained = o.bool("finalReviewTimeConstrained");
            var sent = o.date("sentForPublication");
            Boolean confidential = o.bool("confidential");
            String confidentialBy = o.text("confidentialBy", false, "the id of the group that declared it confidential");
            Boolean byDay = o.bool("workPlanByDay");
            o.done();
            if (document != null) {
                attach(o, () -> new DocumentHandling(document, translation, eventEnd, exemption,
                        chairAccepted, discussedOn, agreedOtherwise, authorized, registered, software, form, admitted,
                        consideredAt, decidedBy, heldFor, reissueOf, drafts, workItem, basedOn, review, constrained, sent,
                        confidential, confidentialBy, byDay), details);
            }
        }

        private void liaison(Obj o, String document, List<Attached> details) {
            List<String> qFrom = listOrNull(o, "questionsFrom", () -> o.texts("questionsFrom", "Questions, e.g. Q6/17"));
            List<String> qTo = listOrNull(o, "questionsTo", () -> o.texts("questionsTo", "Questions, e.g. Q6/20"));
            String preparedAt = o.text("preparedAt", false, "the id of the meeting where it was prepared");
            Boolean between = o.bool("betweenMeetings");
            LiaisonApproval approval = o.enumValue("approval", LiaisonApproval.class, false);
            Boolean consulted = o.bool("managementConsulted");
            List<Addressee> addressees = null;
            if (o.has("addressees")) {
                addressees = new ArrayList<>();
                for (Obj a : o.objs("addressees", "an addressee with its treatment")) {
                    String to = a.text("to", true, "a group id or an organization, as named");
                    LiaisonTreatment t = a.enumValue("treatment", LiaisonTreatment.class, false);
                    a.done();
                    if (to != null) {
                        add(a, () -> new Addressee(to, t), addressees::add);
                    }
                }
            }
            var replyBy = o.date("replyBy");
            String contact = o.text("contact", false, "the contact person's name and address");
            String replyTo = o.text("replyTo", false, "the reference of the statement it answers");
            var sentOn = o.date("sentOn");
            List<String> copies = listOrNull(o, "copies", () -> o.texts("copies", "TSB or group ids (their chairmen)"));
            o.done();
            if (document != null) {
                List<Addressee> fa = addressees;
                attach(o, () -> new LiaisonDetails(document, qFrom, qTo, preparedAt, between, approval,
                        consulted, fa, replyBy, contact, replyTo, sentOn, copies), details);
            }
        }

        private void reportDetails(Obj o, String document, List<Attached> details) {
            ReportApproval approval = o.enumValue("approval", ReportApproval.class, false);
            var approvedOn = o.date("approvedOn");
            List<ReportItem> items = listOrNull(o, "items", () -> o.enums("items", ReportItem.class));
            Boolean patent = o.bool("patentQuestionRecorded");
            Boolean drafts = o.bool("draftsConsidered");
            Boolean list = o.bool("rapporteurList");
            List<String> names = listOrNull(o, "rapporteurs", () -> o.texts("rapporteurs", "names"));
            List<String> planned = listOrNull(o, "plannedMeetings", () -> o.texts("plannedMeetings", "meeting ids"));
            List<String> annexes = listOrNull(o, "annexes", () -> o.texts("annexes", "document ids"));
            var electronic = o.date("electronicVersionOn");
            o.done();
            if (document != null) {
                attach(o, () -> new ReportDetails(document, approval, approvedOn, items, patent, drafts,
                        list, names, planned, annexes, electronic), details);
            }
        }

        private void participantList(Obj o) {
            String entity = o.text("entity", true, "the participating entity, as named");
            MemberKind kind = o.enumValue("entityKind", MemberKind.class, true);
            String meeting = o.text("meeting", true, "the id of the meeting");
            var received = o.date("received");
            Integer names = o.integer("names", false);
            Integer expected = o.integer("expectedCount", false);
            o.done();
            if (entity != null && kind != null && meeting != null) {
                fact(o, null, () -> new ParticipantList(entity, kind, meeting, received, names, expected));
            }
        }
    }
}
