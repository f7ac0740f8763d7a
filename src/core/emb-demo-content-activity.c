/* emb-demo-content-activity.c: what happens at Northbridge Bank
 *
 * The content of the demo organisation's year, pure data: the stories of
 * recognition, what customers write, the autonomy pilot's scenarios and
 * texts, the training objectives and the notes of the audits. The writers
 * in emb-demo-write-activity.c draw the year's records from them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-demo-private.h"

/* Recognition -------------------------------------------------------------- */

const DemoStory emb_demo_stories[] = {
  { N_("A customer called in tears because her salary had not arrived. Traced the payment "
       "with Operations and called her back within the hour."), TP_HELPLINE, VALUE_ONE_TEAM },
  { N_("Saw an elderly customer struggling with the card reader, sat down with him and set "
       "up the app together, step by step."), TP_BRANCH_DESK, VALUE_CUSTOMER_FIRST },
  { N_("Rewrote a loan refusal in plain words and offered the customer a call to explain "
       "what would change the answer."), TP_LOAN_DECISION, VALUE_SPEAK_PLAINLY },
  { N_("Blocked a stolen card while the customer was still abroad and arranged emergency "
       "cash at her hotel."), TP_LOST_CARD, VALUE_OWN_IT },
  { N_("Took over a complaint that had bounced between three teams and kept at it until "
       "the customer wrote to thank us."), TP_COMPLAINTS, VALUE_OWN_IT },
  { N_("Came in early to finish a mortgage file so that a young couple could sign for "
       "their first home before the deadline."), TP_MORTGAGE_APPLICATION, VALUE_KEEP_OUR_WORD },
  { N_("Read every app review after the update, found the login problem customers "
       "described and had it fixed within two days."), TP_MOBILE_APP, VALUE_KEEP_LEARNING },
  { N_("Spotted a payment stuck in the queue on a Friday evening and released it so that "
       "a customer's rent arrived on time."), TP_TRANSFERS, VALUE_CUSTOMER_FIRST },
  { N_("Helped a family facing job loss build a realistic budget and found a payment "
       "holiday that fitted their situation."), TP_HEALTH_CHECK, VALUE_CUSTOMER_FIRST },
  { N_("Answered a long, angry e-mail with patience and a clear plan; the customer replied "
       "that he would stay with us."), TP_CHAT_EMAIL, VALUE_SPEAK_PLAINLY },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_stories) == N_STORIES);

const char * const emb_demo_department_story =
  N_("The whole team stayed late during the system outage so that no customer was left "
     "without an answer.");

const char * const emb_demo_thanks[] = {
  N_("Always the first to help a colleague with a difficult customer."),
  N_("Calm, kind and reliable, every single day."),
  N_("Shares what customers tell us with the whole team."),
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_thanks) == N_THANKS);

const char * const emb_demo_decline_notes[] = {
  N_("Thank you; please tell us what it meant for the customer and nominate again."),
  N_("Already recognised for the same story in an earlier nomination."),
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_decline_notes) == N_DECLINE_NOTES);

const char * const emb_demo_approve_note = N_("A great example for everyone. Thank you!");

/* Feedback ----------------------------------------------------------------- */

#define CH(name) (1u << CHANNEL_##name)
#define IN_PERSON (CH (BRANCH) | CH (PHONE))
#define WRITTEN (CH (LETTER) | CH (EMAIL))
#define ONLINE (CH (APP) | CH (WEB))

const DemoPhrase emb_demo_praise_phrases[] = {
  { N_("Friendly and quick, exactly what I needed."), 0, N_("Speed of service") },
  { N_("The adviser really took the time to listen."), IN_PERSON, N_("Staff attitude") },
  { N_("Problem solved in one call, thank you!"), CH (PHONE), N_("First-contact resolution") },
  { N_("Everything was clear, no surprises."), 0, N_("Clarity") },
  { N_("Very easy, done in a few minutes."), ONLINE | CH (CHAT) | CH (CASH_MACHINE),
    N_("Ease of use") },
  { N_("They went out of their way to help me."),
    IN_PERSON | CH (CHAT) | CH (EMAIL) | CH (SOCIAL_MEDIA), N_("Staff attitude") },
  { N_("I felt like a person, not a number."), IN_PERSON | WRITTEN | CH (CHAT),
    N_("Staff attitude") },
  { N_("A clear explanation without jargon."), IN_PERSON | WRITTEN | CH (CHAT) | CH (WEB),
    N_("Clarity") },
  { N_("They called me back exactly when they said they would."), IN_PERSON | CH (EMAIL),
    N_("Call-back") },
  { N_("Kind and patient with my elderly mother."), IN_PERSON, N_("Staff attitude") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_praise_phrases) == N_PRAISE_PHRASES);

const DemoPhrase emb_demo_complaint_phrases[] = {
  { N_("I had to wait far too long."), 0, N_("Waiting time") },
  { N_("Nobody called me back as promised."), IN_PERSON | CH (EMAIL) | CH (CHAT),
    N_("Call-back") },
  { N_("I had to explain my problem three times."), IN_PERSON | CH (EMAIL) | CH (CHAT),
    N_("Handover") },
  { N_("The letter was impossible to understand."), WRITTEN, N_("Clarity") },
  { N_("The app kept logging me out."), CH (APP), N_("App problem") },
  { N_("I was sent from one department to another."), IN_PERSON | CH (EMAIL), N_("Handover") },
  { N_("An unexpected fee, and nobody warned me."),
    ONLINE | WRITTEN | CH (BRANCH) | CH (CASH_MACHINE), N_("Fees") },
  { N_("It took weeks and nobody explained why."), WRITTEN | CH (BRANCH), N_("Waiting time") },
  { N_("The staff seemed rushed and uninterested."), IN_PERSON, N_("Staff attitude") },
  { N_("Far too much paperwork for something simple."), ONLINE | CH (BRANCH) | CH (LETTER),
    N_("Paperwork") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_complaint_phrases) == N_COMPLAINT_PHRASES);

const DemoPhrase emb_demo_suggestion_phrases[] = {
  { N_("It was fine, but it could be faster."), 0, N_("Speed of service") },
  { N_("Please open on Saturdays again."), CH (BRANCH), N_("Opening hours") },
  { N_("I would like to see the status of my application online."),
    ONLINE | CH (LETTER) | CH (BRANCH), N_("Online services") },
  { N_("Please remind me before a fee is charged."), ONLINE | CH (EMAIL) | CH (CASH_MACHINE),
    N_("Fees") },
  { N_("A chat in the app would be useful."), ONLINE | CH (PHONE), N_("Online services") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_suggestion_phrases) == N_SUGGESTION_PHRASES);

/* The autonomy pilot ------------------------------------------------------- */

const char * const emb_demo_pilot_name = N_("Decide for the customer");

const char * const emb_demo_pilot_principle =
  N_("Decide yourself, but always to the customer's benefit.");

const char * const emb_demo_pilot_allowed_decisions =
  N_("Refund a fee or charge made in error or in hardship\n"
     "Send a goodwill gesture after our mistake\n"
     "Move a payment date by up to 30 days\n"
     "Arrange a call-back outside office hours\n"
     "Cover a customer's direct costs caused by our mistake");

const char * const emb_demo_pilot_escalation_rule =
  N_("Above 200 EUR, or anything that changes a credit limit, an interest rate or a contract: "
     "ask your team leader the same day. When in doubt, ask; never leave the customer waiting "
     "for the answer.");

const char * const emb_demo_decision_kinds[] = {
  N_("Fee refund"), N_("Goodwill gesture"), N_("Payment extension"), N_("Call-back"),
};

const DemoScenario emb_demo_scenarios[] = {
  { 0, N_("Charged an overdraft fee because a salary transfer arrived one day late."),
    N_("Refunded the fee at once, without a form."),
    N_("The customer thanked us and withdrew the complaint."), 1500 },
  { 1, N_("A replacement card went to an old address and the customer was without a card "
          "over the weekend."),
    N_("Sent flowers with an apology and arranged emergency cash."),
    N_("The customer posted a positive review."), 4500 },
  { 2, N_("The customer was in hospital and could not pay the loan instalment on time."),
    N_("Moved the due date by 30 days and waived the late fee."),
    N_("The loan stayed on track and the customer felt looked after."), 2500 },
  { 3, N_("The customer could only talk after work about a blocked account."),
    N_("Arranged a call-back in the evening with the same agent."),
    N_("Solved in one conversation."), 0 },
  { 1, N_("A card blocked by our mistake left the customer stranded abroad."),
    N_("Paid for the rebooked flight so that she could get home the same day."),
    N_("She got home as planned and wrote to thank the agent."), 16000 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_scenarios) == N_SCENARIOS);

const char * const emb_demo_review_note_ok = N_("Within the guardrails, well done.");
const char * const emb_demo_over_ceiling_reason =
  N_("The customer would have missed the completion date of a house purchase; waiting for "
     "approval was not an option.");

const char * const emb_demo_review_note_over =
  N_("Above the ceiling; agreed with the team leader afterwards.");

/* Training and assessments ------------------------------------------------- */

const DemoObjective emb_demo_objectives[] = {
  { N_("Own the customer's problem"),
    N_("How payments, cards and complaints are handled behind the scenes, and whom to call."),
    N_("Listening to the end; summarising the problem; agreeing a call-back time and "
       "keeping it."),
    N_("The problem is mine until it is solved or handed over in person."),
    N_("First-contact resolution on the phone helpline rises from 68 to 80 in every 100 calls, "
       "and complaints about being passed around halve within six months."),
    N_("Summarised the problem and agreed a call-back time."),
    60,
    { ROLE_PHONE_AGENT, ROLE_CHAT_AGENT, ROLE_COMPLAINTS },
    { TP_HELPLINE, TP_CHAT_EMAIL, TP_COMPLAINTS } },
  { N_("Explain decisions in plain words"),
    N_("What drives a credit decision and what a customer can change."),
    N_("Writing short letters without jargon; explaining a refusal on the phone."),
    N_("Respect for a customer who hears no; honesty about the reasons."),
    N_("The effort score for loan decisions rises above 5 and complaints about unclear "
       "letters fall by half by the review date."),
    N_("Letter rewritten in plain words; the customer understood at once."),
    90,
    { ROLE_UNDERWRITER, ROLE_MORTGAGE_ADVISER, ROLE_PERSONAL_BANKER },
    { TP_LOAN_DECISION, TP_MORTGAGE_APPLICATION, TP_CREDIT_LIMIT } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_objectives) == N_OBJECTIVES);

/* The first audit's notes of two departments. */
const char * const emb_demo_audit_note_contact_centre =
  N_("Strong words, but targets still reward short calls over solved problems.");
const char * const emb_demo_audit_note_it =
  N_("Back-office staff rarely see what customers say about their work.");
