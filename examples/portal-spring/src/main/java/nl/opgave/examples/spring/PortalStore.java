package nl.opgave.examples.spring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.community.Chat;
import nl.opgave.model.community.ChatMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.MemberDirectory;
import nl.opgave.model.community.OpgaveRole;
import nl.opgave.model.community.PersonName;
import nl.opgave.model.community.Poll;
import nl.opgave.model.seed.Opgavebeweging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portal's state in the database: members, poll votes, chat messages and saved plans. Every value is built and
 * checked by the model before it is stored, and read back through the model's builders.
 */
@Repository
public class PortalStore {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Community community;

  PortalStore(JdbcClient jdbc, Clock clock, Community community) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.community = community;
    if (jdbc.sql("select count(*) from portal_member").query(Integer.class).single() == 0) {
      community.directory().members().forEach(this::insert);
    }
  }

  /** Returns the members, with the community's organisations, as the model's directory. */
  public MemberDirectory directory() {
    List<Member> members = jdbc.sql("select * from portal_member order by id").query(PortalStore::member).list();
    return MemberDirectory.builder().organisations(community.directory().organisations()).members(members).build();
  }

  /**
   * Adds a member.
   *
   * @throws InvalidValueException if the id is taken or the directory would break a rule
   */
  public Member add(Member member) {
    MemberDirectory directory = directory();
    if (directory.member(member.id()).isPresent()) {
      throw InvalidValueException.of(ProblemCode.PORTAL_MEMBER_ID_TAKEN, quote(member.id()));
    }
    MemberDirectory.builder().from(directory).addMembers(member).build();
    try {
      insert(member);
    } catch (DuplicateKeyException e) {
      throw InvalidValueException.of(ProblemCode.PORTAL_MEMBER_ID_TAKEN, quote(member.id()));
    }
    return member;
  }

  /** Returns the role poll with every stored vote. */
  public Poll poll() {
    Poll poll = Opgavebeweging.rolePoll();
    for (String[] vote : jdbc.sql("select member_id, option_id from poll_vote where poll_id = :poll order by voted_at,"
        + " member_id").param("poll", poll.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list()) {
      poll = poll.vote(vote[0], vote[1]);
    }
    return poll;
  }

  /**
   * Stores a member's vote, replacing an earlier one: the model checks the vote, the primary key (poll, member)
   * keeps one row per member however many requests arrive at once.
   *
   * @throws InvalidValueException if the member is unknown or the option is not the poll's
   */
  public Poll vote(String memberId, String optionId) {
    Poll poll = poll().vote(memberId, optionId);
    requireMember(memberId);
    OffsetDateTime now = now();
    if (updateVote(poll.id(), memberId, optionId, now) == 0) {
      try {
        jdbc.sql("insert into poll_vote (poll_id, member_id, option_id, voted_at) values (:poll, :member, :option,"
            + " :at)").param("poll", poll.id()).param("member", memberId).param("option", optionId).param("at", now)
            .update();
      } catch (DuplicateKeyException concurrentFirstVote) {
        updateVote(poll.id(), memberId, optionId, now);
      }
    }
    return poll();
  }

  private int updateVote(String pollId, String memberId, String optionId, OffsetDateTime at) {
    return jdbc.sql("update poll_vote set option_id = :option, voted_at = :at where poll_id = :poll and member_id ="
        + " :member").param("option", optionId).param("at", at).param("poll", pollId).param("member", memberId)
        .update();
  }

  /** Returns the chat, every message in time order. */
  public Chat chat() {
    return Chat.builder().messages(jdbc.sql("select * from chat_message order by sent_at, id")
        .query((rs, n) -> ChatMessage.builder().id(rs.getString("id")).authorId(rs.getString("author_id"))
            .sentAt(rs.getObject("sent_at", OffsetDateTime.class).toInstant()).text(rs.getString("body")).build())
        .list()).build();
  }

  /**
   * Stores a message by a member, stamped now.
   *
   * @throws InvalidValueException if the author is unknown or the text breaks the model's rules
   */
  public ChatMessage post(String authorId, String text) {
    ChatMessage message = ChatMessage.builder().id("bericht-" + UUID.randomUUID()).authorId(authorId)
        .sentAt(clock.instant()).text(text).build();
    requireMember(authorId);
    jdbc.sql("insert into chat_message (id, author_id, sent_at, body) values (:id, :author, :at, :body)")
        .param("id", message.id()).param("author", authorId)
        .param("at", OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC)).param("body", message.text())
        .update();
    return message;
  }

  /** A saved plan: its id, title, when it was saved and its opgave-io document. */
  public record SavedPlan(String id, String title, Instant savedAt, String document) {}

  /** Stores a plan document under a new id and returns it. */
  public SavedPlan save(String title, String document) {
    SavedPlan plan = new SavedPlan("plan-" + UUID.randomUUID(), title, clock.instant(), document);
    jdbc.sql("insert into session_plan (id, title, saved_at, document) values (:id, :title, :at, :document)")
        .param("id", plan.id()).param("title", title).param("at", OffsetDateTime.ofInstant(plan.savedAt(),
            ZoneOffset.UTC)).param("document", document).update();
    return plan;
  }

  /** Returns the saved plans, newest first. */
  public List<SavedPlan> plans() {
    return jdbc.sql("select * from session_plan order by saved_at desc, id").query(PortalStore::plan).list();
  }

  /** Returns the saved plan with the id. */
  public Optional<SavedPlan> plan(String id) {
    return jdbc.sql("select * from session_plan where id = :id").param("id", id).query(PortalStore::plan).optional();
  }

  private static SavedPlan plan(ResultSet rs, int row) throws SQLException {
    return new SavedPlan(rs.getString("id"), rs.getString("title"),
        rs.getObject("saved_at", OffsetDateTime.class).toInstant(), rs.getString("document"));
  }

  private void requireMember(String memberId) {
    if (jdbc.sql("select count(*) from portal_member where id = :id").param("id", memberId).query(Integer.class)
        .single() == 0) {
      throw InvalidValueException.of(ProblemCode.PORTAL_NOT_A_MEMBER, quote(memberId));
    }
  }

  private void insert(Member member) {
    PersonName name = member.name();
    List<String> roles = new ArrayList<>();
    member.roles().forEach(r -> roles.add(r.name()));
    jdbc.sql("insert into portal_member (id, voornaam, voorletters, tussenvoegsel, achternaam, organisation_id,"
        + " roles) values (:id, :voornaam, :voorletters, :tussenvoegsel, :achternaam, :organisation, :roles)")
        .param("id", member.id()).param("voornaam", name.voornaam().orElse(null))
        .param("voorletters", name.voorletters().orElse(null))
        .param("tussenvoegsel", name.tussenvoegsel().orElse(null))
        .param("achternaam", name.achternaam().orElse(null))
        .param("organisation", member.organisationId().orElse(null)).param("roles", String.join(",", roles))
        .update();
  }

  private static Member member(ResultSet rs, int row) throws SQLException {
    PersonName.Builder name = PersonName.builder();
    Optional.ofNullable(rs.getString("voornaam")).ifPresent(name::voornaam);
    Optional.ofNullable(rs.getString("voorletters")).ifPresent(name::voorletters);
    Optional.ofNullable(rs.getString("tussenvoegsel")).ifPresent(name::tussenvoegsel);
    Optional.ofNullable(rs.getString("achternaam")).ifPresent(name::achternaam);
    Member.Builder member = Member.builder().id(rs.getString("id")).name(name.build());
    Optional.ofNullable(rs.getString("organisation_id")).ifPresent(member::organisationId);
    String roles = rs.getString("roles");
    if (!roles.isEmpty()) {
      Arrays.stream(roles.split(",")).map(OpgaveRole::valueOf).forEach(member::addRoles);
    }
    return member.build();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String quote(String value) {
    return "'" + value + "'";
  }
}
