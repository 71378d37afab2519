package dev.costfit.assessment;

import dev.costfit.units.CompensatedSum;
import dev.costfit.units.TimeSpan;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A platform's answer for one profile: whether it fits (every limit checked), the capacity it needs, its cost
 * lines and the assumptions made. A platform that does not fit, or that the catalog cannot price in the region,
 * has no cost lines.
 *
 * <p>A class with a record's accessors, equality and text rather than a record, so that whether it fits and what
 * it costs are summed once: a search asks them of every assessment several times at every rate it probes.
 */
public final class Assessment {

    private final PlatformInfo info;
    private final String variant;
    private final List<LimitCheck> limits;
    private final List<CostLine> lines;
    private final Capacity capacity;
    private final ColdStarts coldStarts;
    private final List<String> notes;
    private final List<String> assumptions;
    private final Optional<String> unpriced;
    private final Table tradeOff;
    private final HourlyUsage usage;
    private final List<Alternative> alternatives;
    private final Optional<TimeSpan> longestRequest;
    /**
     * The notes that price a setting, with what they were worded from, until the month they compare against is the
     * one a report shows ({@link SettingNote}); as the table's own assessments, left out of equality and text.
     */
    private final List<SettingNote> settingNotes;
    private final boolean feasible;
    private final double platformCost;

    /**
     * The trade-off table's rows and, where the platform kept them, each row's own assessment, index by index: what
     * the platform priced for that setting alone, before what every platform's total adds (glue, further LLM
     * attempts, the pricing option), so that each row can be priced as the total is ({@code
     * dev.costfit.platform.Platforms}). The rows alone are the assessment's: equality and text leave the rest out.
     */
    private record Table(List<SettingOption> options, List<Assessment> own) {

        static final Table NONE = new Table(List.of(), List.of());

        Table {
            options = List.copyOf(options);
            own = List.copyOf(own);
            if (!own.isEmpty() && own.size() != options.size()) {
                throw new IllegalArgumentException("an assessment per row: " + own.size() + " vs " + options.size());
            }
        }
    }

    public Assessment(PlatformInfo info, String variant, List<LimitCheck> limits, List<CostLine> lines,
                      Capacity capacity, ColdStarts coldStarts, List<String> notes, List<String> assumptions,
                      Optional<String> unpriced, List<SettingOption> tradeOff, HourlyUsage usage) {
        this(info, variant, limits, lines, capacity, coldStarts, notes, assumptions, unpriced,
                tradeOff.isEmpty() ? Table.NONE : new Table(tradeOff, List.of()), usage, List.of(), Optional.empty(),
                List.of());
    }

    private Assessment(PlatformInfo info, String variant, List<LimitCheck> limits, List<CostLine> lines,
                       Capacity capacity, ColdStarts coldStarts, List<String> notes, List<String> assumptions,
                       Optional<String> unpriced, Table tradeOff, HourlyUsage usage,
                       List<Alternative> alternatives, Optional<TimeSpan> longestRequest,
                       List<SettingNote> settingNotes) {
        this.info = info;
        this.variant = variant;
        this.limits = List.copyOf(limits);
        this.lines = List.copyOf(lines);
        this.capacity = capacity;
        this.coldStarts = coldStarts;
        this.notes = List.copyOf(notes);
        this.assumptions = List.copyOf(assumptions);
        this.unpriced = unpriced;
        this.tradeOff = tradeOff;
        this.usage = usage;
        this.alternatives = List.copyOf(alternatives);
        this.longestRequest = longestRequest;
        this.settingNotes = List.copyOf(settingNotes);
        // Loops by index, as CostLines.total sums: every assessment a search makes runs them.
        boolean fits = true;
        for (int i = 0; i < this.limits.size(); i++) {
            fits &= !this.limits.get(i).blocks();
        }
        this.feasible = fits;
        // Compensated as DoubleStream.sum compensates, as every figure printed from these lines is summed.
        CompensatedSum cost = new CompensatedSum();
        for (int i = 0; i < this.lines.size(); i++) {
            CostLine line = this.lines.get(i);
            if (!line.shared()) {
                cost.add(line.monthlyCost());
            }
        }
        this.platformCost = cost.value();
    }

    public PlatformInfo info() {
        return info;
    }

    public String variant() {
        return variant;
    }

    public List<LimitCheck> limits() {
        return limits;
    }

    public List<CostLine> lines() {
        return lines;
    }

    public Capacity capacity() {
        return capacity;
    }

    public ColdStarts coldStarts() {
        return coldStarts;
    }

    public List<String> notes() {
        return notes;
    }

    public List<String> assumptions() {
        return assumptions;
    }

    public Optional<String> unpriced() {
        return unpriced;
    }

    public List<SettingOption> tradeOff() {
        return tradeOff.options();
    }

    /**
     * Each row of {@link #tradeOff} as the platform assessed that setting alone, index by index; empty where it kept
     * none (no table, or its rows already priced as the total is).
     */
    public List<Assessment> settingAssessments() {
        return tradeOff.own();
    }

    public HourlyUsage usage() {
        return usage;
    }

    /** What stating a setting left to its default would save, as the notes say it (a report's own assessment). */
    public List<Alternative> alternatives() {
        return alternatives;
    }

    /**
     * The longest request on the setting chosen (its longest stated duration, stretched as the mean is on that
     * setting's CPU), where the platform chose a setting and said so: a pipeline on functions adds its steps' up
     * along its critical path to hold the whole request to its timeout.
     */
    public Optional<TimeSpan> longestRequest() {
        return longestRequest;
    }

    /** The same assessment, saying how long its longest request takes on the setting chosen. */
    public Assessment withLongestRequest(TimeSpan longest) {
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, notes, assumptions, unpriced,
                tradeOff, usage, alternatives, Optional.of(longest), settingNotes);
    }

    /** The same assessment with each limit check passed through {@code reworded} (its workaround changed, say). */
    public Assessment withLimits(java.util.function.UnaryOperator<LimitCheck> reworded) {
        List<LimitCheck> other = limits.stream().map(reworded).toList();
        return new Assessment(info, variant, other, lines, capacity, coldStarts, notes, assumptions, unpriced,
                tradeOff, usage, alternatives, longestRequest, settingNotes);
    }

    /** The same assessment with one more assumption. */
    public Assessment withAssumption(String assumption) {
        List<String> more = new java.util.ArrayList<>(assumptions);
        more.add(assumption);
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, notes, more, unpriced, tradeOff,
                usage, alternatives, longestRequest, settingNotes);
    }

    private List<Object> components() {
        return Arrays.asList(info, variant, limits, lines, capacity, coldStarts, notes, assumptions, unpriced,
                tradeOff.options(), usage, alternatives, longestRequest);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Assessment a && components().equals(a.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "Assessment[info=" + info + ", variant=" + variant + ", limits=" + limits + ", lines=" + lines
                + ", capacity=" + capacity + ", coldStarts=" + coldStarts + ", notes=" + notes + ", assumptions="
                + assumptions + ", unpriced=" + unpriced + ", tradeOff=" + tradeOff.options() + ", usage=" + usage
                + ", alternatives=" + alternatives + ", longestRequest=" + longestRequest + "]";
    }

    /** The platform's stable id ("lambda"). */
    public String platform() {
        return info.id();
    }

    public String platformName() {
        return info.name();
    }

    public Simplicity simplicity() {
        return info.simplicity();
    }

    /** A platform that breaks a hard limit before its cold starts are modelled: no cost lines. */
    public static Assessment unfit(PlatformInfo platform, String variant, List<LimitCheck> limits,
                                   Capacity capacity, List<String> notes, List<String> assumptions) {
        return unfit(platform, variant, limits, capacity, ColdStarts.NONE, notes, assumptions);
    }

    /**
     * A platform that breaks a hard limit, with the cold starts it modelled: where the latency SLO is the limit it
     * breaks, its cold starts say so (sloMet false), not the met SLO of none modelled.
     */
    public static Assessment unfit(PlatformInfo platform, String variant, List<LimitCheck> limits,
                                   Capacity capacity, ColdStarts coldStarts, List<String> notes,
                                   List<String> assumptions) {
        return new Assessment(platform, variant, limits, List.of(), capacity, coldStarts.judgedBy(limits), notes,
                assumptions, Optional.empty(), List.of(), HourlyUsage.NONE);
    }

    /** A platform the catalog cannot price in the region: says which price is missing. */
    public static Assessment unpriced(PlatformInfo platform, String variant, List<LimitCheck> limits,
                                      Capacity capacity, List<String> notes, List<String> assumptions,
                                      String missing) {
        return new Assessment(platform, variant, limits, List.of(), capacity, ColdStarts.NONE, notes, assumptions,
                Optional.of(missing), List.of(), HourlyUsage.NONE);
    }

    public static Assessment priced(PlatformInfo platform, String variant, List<LimitCheck> limits,
                                    List<CostLine> lines, Capacity capacity, ColdStarts coldStarts,
                                    List<String> notes, List<String> assumptions) {
        return new Assessment(platform, variant, limits, lines, capacity, coldStarts, notes, assumptions,
                Optional.empty(), List.of(), HourlyUsage.NONE);
    }

    /** The same assessment with the settings it was chosen from. */
    public Assessment withTradeOff(List<SettingOption> options) {
        return withTradeOff(options, List.of());
    }

    /** The same assessment with the settings it was chosen from and each one's own assessment, row by row. */
    public Assessment withTradeOff(List<SettingOption> options, List<Assessment> own) {
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, notes, assumptions, unpriced,
                new Table(options, own), usage, alternatives, longestRequest, settingNotes);
    }

    /** The same assessment with one more note. */
    public Assessment withNote(String note) {
        return noted(note, alternatives);
    }

    /** The same assessment with the note {@code old} worded as {@code now}, or left out where {@code now} is empty. */
    public Assessment withNoteReplaced(String old, Optional<String> now) {
        List<String> other = new java.util.ArrayList<>(notes.size());
        for (String note : notes) {
            if (!note.equals(old)) {
                other.add(note);
            } else {
                now.ifPresent(other::add);
            }
        }
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, other, assumptions, unpriced,
                tradeOff, usage, alternatives, longestRequest, settingNotes);
    }

    /**
     * The same assessment with the note {@code old} worded as {@code now}, in its place, which now says what stating a
     * setting would save.
     */
    public Assessment withNoteReplaced(String old, String now, Alternative alternative) {
        List<Alternative> also = new java.util.ArrayList<>(alternatives);
        also.add(alternative);
        Assessment reworded = withNoteReplaced(old, Optional.of(now));
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, reworded.notes, assumptions,
                unpriced, tradeOff, usage, also, longestRequest, settingNotes);
    }

    /** The same assessment with one more note, which says what stating a setting would save. */
    public Assessment withAlternative(String note, Alternative alternative) {
        List<Alternative> also = new java.util.ArrayList<>(alternatives);
        also.add(alternative);
        return noted(note, also);
    }

    /**
     * The notes that price a setting, as the platform wrote them from its own lines, until they are worded from the
     * month a report shows ({@link #withSettingNotesWorded}); empty after that, and where there are none.
     */
    public List<SettingNote> settingNotes() {
        return settingNotes;
    }

    /**
     * The same assessment with a note that prices a setting, worded from the platform's own lines (and what it saves,
     * where it says so): in place of the note {@code replacing} where it has that note, else added. Kept with what it
     * was worded from, for the month a report shows.
     */
    public Assessment withSettingNote(SettingNote priced, Optional<String> replacing) {
        Optional<SettingNote.Worded> written = priced.written();
        List<String> other = new java.util.ArrayList<>(notes);
        int at = replacing.map(other::indexOf).orElse(-1);
        if (at >= 0) {
            other.remove(at);
            written.ifPresent(w -> other.add(at, w.note()));
        } else {
            written.ifPresent(w -> other.add(w.note()));
        }
        List<Alternative> also = new java.util.ArrayList<>(alternatives);
        written.flatMap(SettingNote.Worded::alternative).ifPresent(also::add);
        List<SettingNote> more = new java.util.ArrayList<>(settingNotes);
        more.add(priced);
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, other, assumptions, unpriced,
                tradeOff, usage, also, longestRequest, more);
    }

    /**
     * The same assessment with each of its setting notes worded anew, {@code now.get(i)} for
     * {@code settingNotes().get(i)}: in place of the note as written (left out where it is empty, added where none
     * was written), and its saving in place of the one written. It keeps no setting notes after that.
     */
    public Assessment withSettingNotesWorded(List<Optional<SettingNote.Worded>> now) {
        if (now.size() != settingNotes.size()) {
            throw new IllegalArgumentException("a wording per setting note: " + now.size() + " vs "
                    + settingNotes.size());
        }
        List<String> other = new java.util.ArrayList<>(notes);
        List<Alternative> also = new java.util.ArrayList<>(alternatives);
        for (int i = 0; i < now.size(); i++) {
            Optional<SettingNote.Worded> was = settingNotes.get(i).written();
            Optional<SettingNote.Worded> is = now.get(i);
            int at = was.map(w -> other.indexOf(w.note())).orElse(-1);
            if (at >= 0) {
                other.remove(at);
                is.ifPresent(w -> other.add(at, w.note()));
            } else {
                is.ifPresent(w -> other.add(w.note()));
            }
            int saving = was.flatMap(SettingNote.Worded::alternative).map(also::indexOf).orElse(-1);
            if (saving >= 0) {
                also.remove(saving);
                is.flatMap(SettingNote.Worded::alternative).ifPresent(x -> also.add(saving, x));
            } else {
                is.flatMap(SettingNote.Worded::alternative).ifPresent(also::add);
            }
        }
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, other, assumptions, unpriced,
                tradeOff, usage, also, longestRequest, List.of());
    }

    private Assessment noted(String note, List<Alternative> with) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Assessment(info, variant, limits, lines, capacity, coldStarts, more, assumptions, unpriced,
                tradeOff, usage, with, longestRequest, settingNotes);
    }

    /** The setting chosen, when the platform compared several. */
    public Optional<SettingOption> chosenSetting() {
        return tradeOff.options().stream().filter(SettingOption::chosen).findFirst();
    }

    public boolean feasible() {
        return feasible;
    }

    public boolean priced() {
        return unpriced.isEmpty();
    }

    /** Fits and has a price: can be recommended. */
    public boolean usable() {
        return feasible() && priced();
    }

    /**
     * Whether a limit that no request (or run) rate changes blocks it ({@link LimitCheck#atEveryRate()}): then the
     * platform fits the profile at no rate.
     */
    public boolean unfitAtEveryRate() {
        // By index, as the constructor reads them: a search asks this of every assessment it makes.
        for (int i = 0; i < limits.size(); i++) {
            if (limits.get(i).blocks() && limits.get(i).sameAtEveryRate()) {
                return true;
            }
        }
        return false;
    }

    public List<LimitCheck> violations() {
        return limits.stream().filter(l -> !l.ok()).toList();
    }

    public double monthlyCost() {
        return CostLines.total(lines);
    }

    /** The monthly cost without the lines every platform has alike (LLM tokens): what the platform changes. */
    public double platformCost() {
        return platformCost;
    }

    /** The lines every platform has alike (LLM tokens): what the monthly cost adds to {@link #platformCost()}. */
    public double sharedCost() {
        return lines.stream().filter(CostLine::shared).mapToDouble(CostLine::monthlyCost).sum();
    }

    /**
     * The same assessment with lines and limits every platform shares (LLM tokens and rate limits) added; a shared
     * limit that blocks leaves it without cost lines, like any platform that does not fit.
     */
    public Assessment withShared(List<CostLine> sharedLines, List<LimitCheck> sharedLimits) {
        // Nothing to add (no LLM, no glue: most profiles), and nothing to take away: the same assessment, rather
        // than a copy of every list (twice an assessment, as glue and LLM calls are added in turn).
        if (sharedLimits.isEmpty() && (sharedLines.isEmpty() || !usable()) && (feasible || lines.isEmpty())) {
            return this;
        }
        List<LimitCheck> allLimits = new java.util.ArrayList<>(limits);
        allLimits.addAll(sharedLimits);
        List<CostLine> allLines = new java.util.ArrayList<>();
        if (allLimits.stream().noneMatch(LimitCheck::blocks)) {
            allLines.addAll(lines);
            if (usable()) {
                allLines.addAll(sharedLines);
            }
        }
        return new Assessment(info, variant, allLimits, allLines, capacity, coldStarts, notes, assumptions, unpriced,
                tradeOff, usage, alternatives, longestRequest, settingNotes);
    }

    /** The same assessment with its compute use hour by hour (what a commitment can cover). */
    public Assessment withUsage(HourlyUsage hourly) {
        return new Assessment(this, hourly);
    }

    /** {@code same} with another usage: its lists are already copied and its fit and cost summed. */
    private Assessment(Assessment same, HourlyUsage usage) {
        this.info = same.info;
        this.variant = same.variant;
        this.limits = same.limits;
        this.lines = same.lines;
        this.capacity = same.capacity;
        this.coldStarts = same.coldStarts;
        this.notes = same.notes;
        this.assumptions = same.assumptions;
        this.unpriced = same.unpriced;
        this.tradeOff = same.tradeOff;
        this.usage = usage;
        this.alternatives = same.alternatives;
        this.longestRequest = same.longestRequest;
        this.settingNotes = same.settingNotes;
        this.feasible = same.feasible;
        this.platformCost = same.platformCost;
    }

    /** The same assessment billed by other lines, with more notes (a pricing option applied). */
    public Assessment withLines(List<CostLine> other, List<String> moreNotes) {
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(moreNotes);
        return new Assessment(info, variant, limits, other, capacity, coldStarts, allNotes, assumptions, unpriced,
                tradeOff, usage, alternatives, longestRequest, settingNotes);
    }
}
