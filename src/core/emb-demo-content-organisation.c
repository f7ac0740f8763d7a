/* emb-demo-content-organisation.c: who Northbridge Bank is
 *
 * The content of the demo organisation, pure data: its departments and
 * roles, the names its people are drawn from, its customer journey, values,
 * brand promises and announcements. The writers in
 * emb-demo-write-organisation.c make records of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-demo-private.h"

/* Departments ------------------------------------------------------------ */

/* Sites, written as the cities write them; they are not translated. */
const char * const emb_demo_cities[] = {
  "Rotterdam", "Antwerpen", "Kraków", "Gdańsk",
  "Athina", "Thessaloniki", "Porto", "Lyon",
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_cities) == N_CITIES);

const DemoDepartment emb_demo_departments[N_DEPARTMENTS] = {
  { N_("Branches"), EMB_OFFICE_FRONT, ROLE_BRANCH_MANAGER, "01234567", 0.90 },
  { N_("Contact centre"), EMB_OFFICE_FRONT, ROLE_CC_TEAM_LEADER, "35", 0.94 },
  { N_("Mortgage advisory"), EMB_OFFICE_FRONT, ROLE_MORTGAGE_LEADER, "012467", 0.86 },
  { N_("Digital channels"), EMB_OFFICE_FRONT, ROLE_PRODUCT_OWNER, "002", 0.80 },
  { N_("Operations"), EMB_OFFICE_BACK, ROLE_OPERATIONS_MANAGER, "2220", 0.74 },
  { N_("Credit risk"), EMB_OFFICE_BACK, ROLE_CREDIT_MANAGER, "004", 0.68 },
  { N_("IT & security"), EMB_OFFICE_BACK, ROLE_IT_MANAGER, "2206", 0.64 },
  { N_("People & culture"), EMB_OFFICE_BACK, ROLE_HR_PARTNER, "024", 0.88 },
};

const DemoRole emb_demo_roles[N_ROLES] = {
  { DEPT_BRANCHES, N_("Branch manager"),
    N_("Leads by example on the branch floor; notices and thanks good service; "
       "stays calm with upset customers."), 12 },
  { DEPT_BRANCHES, N_("Personal banker"),
    N_("Curious about customers' lives and plans; explains options honestly, "
       "including when not to buy."), 43 },
  { DEPT_BRANCHES, N_("Customer service adviser"),
    N_("Warm and patient with every visitor; takes a problem to the end instead "
       "of sending people elsewhere."), 60 },
  { DEPT_CONTACT_CENTRE, N_("Contact centre team leader"),
    N_("Coaches rather than controls; backs agents who decide in the customer's favour."), 8 },
  { DEPT_CONTACT_CENTRE, N_("Phone banking agent"),
    N_("Listens before answering; owns the caller's problem and calls back when promised."), 46 },
  { DEPT_CONTACT_CENTRE, N_("Chat and e-mail agent"),
    N_("Writes plainly and kindly; answers the question that was really asked."), 16 },
  { DEPT_CONTACT_CENTRE, N_("Complaints specialist"),
    N_("Sees a complaint as a gift; apologises sincerely and fixes the cause, "
       "not only the case."), 10 },
  { DEPT_MORTGAGES, N_("Mortgage team leader"),
    N_("Keeps the customer's big life moment in view; removes obstacles for the advisers."), 4 },
  { DEPT_MORTGAGES, N_("Mortgage adviser"),
    N_("Patient with first-time buyers; honest about what a customer can afford."), 22 },
  { DEPT_MORTGAGES, N_("Mortgage processor"),
    N_("Careful and quick; tells the customer what is missing before they have to ask."), 9 },
  { DEPT_DIGITAL, N_("Digital product owner"),
    N_("Uses the app as a customer does; acts on reviews and complaints, not on opinions."), 6 },
  { DEPT_DIGITAL, N_("UX designer"),
    N_("Empathy for customers who are not at ease with technology; tests with real people."), 5 },
  { DEPT_DIGITAL, N_("Digital support specialist"),
    N_("Answers public reviews personally and politely; never defensive."), 14 },
  { DEPT_OPERATIONS, N_("Operations manager"),
    N_("Knows that every delay in the back office is felt by a customer."), 5 },
  { DEPT_OPERATIONS, N_("Account operations clerk"),
    N_("Accurate and quick; phones a colleague instead of sending a file back."), 30 },
  { DEPT_OPERATIONS, N_("Payments specialist"),
    N_("Treats every stuck payment as someone's rent or salary."), 15 },
  { DEPT_CREDIT_RISK, N_("Credit risk manager"),
    N_("Prudent yet fair; makes sure decisions can be explained to the customer."), 3 },
  { DEPT_CREDIT_RISK, N_("Underwriter"),
    N_("Decides on time; writes reasons a customer can understand."), 17 },
  { DEPT_CREDIT_RISK, N_("Collections specialist"),
    N_("Respectful with customers in difficulty; looks for a solution, not a culprit."), 10 },
  { DEPT_IT, N_("IT & security manager"),
    N_("Puts customer services first; communicates openly during incidents."), 3 },
  { DEPT_IT, N_("Service desk analyst"),
    N_("Helps colleagues quickly so that they can help customers."), 14 },
  { DEPT_IT, N_("Fraud prevention analyst"),
    N_("Protects customers without treating them as suspects."), 10 },
  { DEPT_IT, N_("Software engineer"),
    N_("Curious about how customers really use what we build."), 18 },
  { DEPT_PEOPLE, N_("HR business partner"),
    N_("Hires for attitude; makes customer focus part of every appraisal."), 8 },
  { DEPT_PEOPLE, N_("Learning and development specialist"),
    N_("Turns customer feedback into practical training and checks that behaviour changes."), 12 },
};

/* Names ------------------------------------------------------------------ */

static const char * const dutch_female[] = {
  "Anouk", "Sanne", "Femke", "Lotte", "Eva", "Sophie", "Lieke", "Marieke", "Noor", "Inge",
};
static const char * const dutch_male[] = {
  "Daan", "Joris", "Thijs", "Bram", "Pieter", "Ruben", "Sven", "Lars", "Jeroen", "Wouter",
};
static const char * const dutch_surnames[] = {
  "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
  "Mulder", "Peeters", "Janssens", "Maes", "Vermeulen", "van Dijk", "Hendriks", "Claes",
};
static const char * const polish_female[] = {
  "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Monika",
  "Małgorzata", "Aleksandra", "Zofia", "Ewa", "Karolina", "Natalia",
};
static const char * const polish_male[] = {
  "Piotr", "Tomasz", "Paweł", "Łukasz", "Michał", "Krzysztof",
  "Marcin", "Jakub", "Grzegorz", "Wojciech", "Kamil", "Mateusz",
};
static const char * const polish_surnames[] = {
  "Kowalski|Kowalska", "Nowak", "Wiśniewski|Wiśniewska", "Wójcik", "Kamiński|Kamińska",
  "Lewandowski|Lewandowska", "Zieliński|Zielińska", "Szymański|Szymańska", "Woźniak",
  "Dąbrowski|Dąbrowska", "Kozłowski|Kozłowska", "Mazur", "Krawczyk", "Grabowski|Grabowska",
  "Pawlak", "Michalski|Michalska", "Jankowski|Jankowska", "Wróbel",
};
static const char * const greek_female[] = {
  "Maria", "Eleni", "Katerina", "Sofia", "Dimitra", "Georgia",
  "Ioanna", "Vasiliki", "Anastasia", "Christina", "Despina", "Athina",
};
static const char * const greek_male[] = {
  "Giorgos", "Dimitris", "Nikos", "Konstantinos", "Giannis", "Kostas",
  "Panagiotis", "Vasilis", "Christos", "Thanasis", "Stavros", "Alexandros",
};
static const char * const greek_surnames[] = {
  "Papadopoulos|Papadopoulou", "Georgiou", "Oikonomou", "Papageorgiou",
  "Nikolaidis|Nikolaidou", "Karagiannis|Karagianni", "Vlachos|Vlachou", "Dimitriou",
  "Konstantinidis|Konstantinidou", "Papadakis|Papadaki", "Antoniou", "Makris|Makri",
  "Alexiou", "Christodoulou", "Theodorou", "Pappas|Pappa", "Ioannidis|Ioannidou",
};
static const char * const portuguese_female[] = {
  "Ana", "Beatriz", "Inês", "Mariana", "Catarina", "Joana", "Rita", "Leonor",
};
static const char * const portuguese_male[] = {
  "João", "Tiago", "Rui", "Miguel", "Pedro", "Diogo", "Nuno", "André",
};
static const char * const portuguese_surnames[] = {
  "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa",
  "Rodrigues", "Martins", "Sousa", "Fernandes", "Gonçalves", "Carvalho",
};
static const char * const french_female[] = {
  "Camille", "Léa", "Chloé", "Manon", "Julie", "Claire", "Élodie", "Pauline",
};
static const char * const french_male[] = {
  "Julien", "Nicolas", "Thomas", "Antoine", "Maxime", "Guillaume", "Romain", "Mathieu",
};
static const char * const french_surnames[] = {
  "Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau",
  "Laurent", "Simon", "Michel", "Garnier", "Faure", "Rousseau",
};
static const char * const german_female[] = { "Julia", "Katharina", "Lena", "Hannah", "Miriam" };
static const char * const german_male[] = { "Lukas", "Jonas", "Felix", "Stefan", "Tobias" };
static const char * const german_surnames[] = {
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner",
};
static const char * const italian_female[] = {
  "Giulia", "Francesca", "Chiara", "Alessandra", "Elisa",
};
static const char * const italian_male[] = { "Marco", "Luca", "Matteo", "Andrea", "Davide" };
static const char * const italian_surnames[] = {
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Ricci", "Greco",
};
static const char * const irish_female[] = { "Aoife", "Siobhán", "Niamh", "Ciara", "Orla" };
static const char * const irish_male[] = { "Seán", "Cian", "Conor", "Oisín", "Declan" };
static const char * const irish_surnames[] = {
  "Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "O'Brien", "Ryan", "Doyle",
};
static const char * const spanish_female[] = { "Lucía", "Carmen", "Elena", "Marta", "Paula" };
static const char * const spanish_male[] = { "Javier", "Alejandro", "Sergio", "Pablo", "Álvaro" };
static const char * const spanish_surnames[] = {
  "García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres",
};
static const char * const swedish_female[] = { "Emma", "Ingrid", "Astrid", "Elin", "Maja" };
static const char * const swedish_male[] = { "Erik", "Anders", "Johan", "Oskar", "Henrik" };
static const char * const swedish_surnames[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Berg", "Eriksson", "Larsson",
};

#define CULTURE(c) { c##_female, G_N_ELEMENTS (c##_female), c##_male, G_N_ELEMENTS (c##_male), \
                     c##_surnames, G_N_ELEMENTS (c##_surnames) }

const DemoCulture emb_demo_cultures[] = {
  CULTURE (dutch), CULTURE (polish), CULTURE (greek), CULTURE (portuguese), CULTURE (french),
  CULTURE (german), CULTURE (italian), CULTURE (irish), CULTURE (spanish), CULTURE (swedish),
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_cultures) == N_CULTURES);

/* The culture most people of each city come from. */
const int emb_demo_city_cultures[N_CITIES] = { 0, 0, 1, 1, 2, 2, 3, 4 };

/* The journey ------------------------------------------------------------- */

const char * const emb_demo_stages[][2] = {
  { N_("Discover"), N_("The customer looks for a bank and forms a first impression.") },
  { N_("Open an account"), N_("From the application to the first card in hand.") },
  { N_("Use everyday"), N_("Payments, cards, app and statements, day after day.") },
  { N_("Get help"), N_("When something goes wrong or a question comes up.") },
  { N_("Grow / renew"), N_("New needs, renewals, and sometimes saying goodbye.") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_stages) == N_STAGES);

const char * const emb_demo_channels[] = {
  N_("Branch"), N_("Phone"), N_("App"), N_("Web"), N_("E-mail"),
  N_("Letter"), N_("Chat"), N_("Cash machine"), N_("Social media"),
};

const char * const emb_demo_sources[] = {
  N_("Survey tool"), N_("Branch card"), N_("App review"), N_("E-mail"),
};

const DemoTouchpoint emb_demo_touchpoints[N_TOUCHPOINTS] = {
  { 0, N_("Website and product pages"), CHANNEL_WEB,
    N_("Product pages, fees and the first impression of the bank online."), 0.80, 4 },
  { 0, N_("Branch welcome"), CHANNEL_BRANCH,
    N_("The first minute in a branch: a greeting, a question, a seat."), 0.84, 5 },
  { 0, N_("Phone enquiry"), CHANNEL_PHONE,
    N_("A prospective customer calls to ask about an account or a loan."), 0.73, 4 },
  { 0, N_("Social media"), CHANNEL_SOCIAL_MEDIA,
    N_("Questions and comments on our social media pages."), 0.76, 2 },
  { 0, N_("Mortgage information meeting"), CHANNEL_BRANCH,
    N_("A first conversation, without obligation, about buying a home."), 0.82, 2 },
  { 1, N_("Online account opening"), CHANNEL_APP,
    N_("Opening an account in the app or on the website."), 0.80, 6 },
  { 1, N_("Identity check"), CHANNEL_APP,
    N_("Checking the customer's identity document and photo."), 0.72, 4 },
  { 1, N_("Mortgage application"), CHANNEL_BRANCH,
    N_("Collecting the documents and submitting the mortgage application."), 0.76, 3 },
  { 1, N_("Loan decision"), CHANNEL_LETTER,
    N_("The yes or no on a loan or mortgage, and how it is explained."), 0.66, 3 },
  { 1, N_("Welcome pack and card delivery"), CHANNEL_LETTER,
    N_("Card, PIN and welcome letter arriving at the customer's home."), 0.78, 3 },
  { 2, N_("Mobile app"), CHANNEL_APP,
    N_("Everyday banking in the app: balance, payments, cards."), 0.82, 12 },
  { 2, N_("Online banking"), CHANNEL_WEB,
    N_("Everyday banking on the website."), 0.79, 7 },
  { 2, N_("Card payments and cash machines"), CHANNEL_CASH_MACHINE,
    N_("Paying by card and taking cash from our machines."), 0.80, 6 },
  { 2, N_("Transfers and payments"), CHANNEL_APP,
    N_("Domestic and international transfers and standing orders."), 0.83, 6 },
  { 2, N_("Statements and notifications"), CHANNEL_EMAIL,
    N_("Monthly statements, alerts and notices about changes."), 0.77, 3 },
  { 3, N_("Phone helpline"), CHANNEL_PHONE,
    N_("Calls about any problem, answered by the contact centre."), 0.71, 10 },
  { 3, N_("Chat and e-mail support"), CHANNEL_CHAT,
    N_("Written questions in the app chat and by e-mail."), 0.73, 6 },
  { 3, N_("Branch service desk"), CHANNEL_BRANCH,
    N_("Help at the branch counter with any question."), 0.81, 7 },
  { 3, N_("Lost or blocked card"), CHANNEL_PHONE,
    N_("Blocking a lost or stolen card and sending a new one."), 0.74, 3 },
  { 3, N_("Complaint handling"), CHANNEL_EMAIL,
    N_("A formal complaint, from the first contact to its resolution."), 0.63, 3 },
  { 4, N_("Financial health check"), CHANNEL_BRANCH,
    N_("A yearly conversation about the customer's finances and plans."), 0.85, 2 },
  { 4, N_("Savings and investment advice"), CHANNEL_BRANCH,
    N_("Advice on savings and investment products."), 0.80, 2 },
  { 4, N_("Mortgage renewal"), CHANNEL_LETTER,
    N_("The offer and the conversation when a fixed rate ends."), 0.74, 2 },
  { 4, N_("Credit limit review"), CHANNEL_APP,
    N_("Raising or lowering a credit card or overdraft limit."), 0.73, 2 },
  { 4, N_("Closing an account"), CHANNEL_BRANCH,
    N_("Closing an account and saying goodbye well."), 0.62, 2 },
};

const DemoResponsibility emb_demo_responsibilities[] = {
  { TP_WEBSITE, ROLE_PRODUCT_OWNER, OWNS },
  { TP_WEBSITE, ROLE_UX_DESIGNER, SUPPORTS },
  { TP_WEBSITE, ROLE_DIGITAL_SUPPORT, INFORMED },
  { TP_BRANCH_WELCOME, ROLE_BRANCH_MANAGER, OWNS },
  { TP_BRANCH_WELCOME, ROLE_SERVICE_ADVISER, DELIVERS },
  { TP_BRANCH_WELCOME, ROLE_PERSONAL_BANKER, DELIVERS },
  { TP_BRANCH_WELCOME, ROLE_HR_PARTNER, INFORMED },
  { TP_PHONE_ENQUIRY, ROLE_CC_TEAM_LEADER, OWNS },
  { TP_PHONE_ENQUIRY, ROLE_PHONE_AGENT, DELIVERS },
  { TP_SOCIAL_MEDIA, ROLE_DIGITAL_SUPPORT, OWNS },
  { TP_SOCIAL_MEDIA, ROLE_PRODUCT_OWNER, SUPPORTS },
  { TP_SOCIAL_MEDIA, ROLE_COMPLAINTS, INFORMED },
  { TP_MORTGAGE_MEETING, ROLE_MORTGAGE_LEADER, OWNS },
  { TP_MORTGAGE_MEETING, ROLE_MORTGAGE_ADVISER, DELIVERS },
  { TP_ACCOUNT_OPENING, ROLE_PRODUCT_OWNER, OWNS },
  { TP_ACCOUNT_OPENING, ROLE_UX_DESIGNER, SUPPORTS },
  { TP_ACCOUNT_OPENING, ROLE_ACCOUNT_CLERK, SUPPORTS },
  { TP_IDENTITY_CHECK, ROLE_ACCOUNT_CLERK, OWNS },
  { TP_IDENTITY_CHECK, ROLE_FRAUD, SUPPORTS },
  { TP_IDENTITY_CHECK, ROLE_SERVICE_DESK, SUPPORTS },
  { TP_MORTGAGE_APPLICATION, ROLE_MORTGAGE_ADVISER, OWNS },
  { TP_MORTGAGE_APPLICATION, ROLE_MORTGAGE_PROCESSOR, DELIVERS },
  { TP_MORTGAGE_APPLICATION, ROLE_UNDERWRITER, SUPPORTS },
  { TP_LOAN_DECISION, ROLE_UNDERWRITER, OWNS },
  { TP_LOAN_DECISION, ROLE_CREDIT_MANAGER, SUPPORTS },
  { TP_LOAN_DECISION, ROLE_MORTGAGE_ADVISER, INFORMED },
  { TP_LOAN_DECISION, ROLE_PERSONAL_BANKER, INFORMED },
  { TP_WELCOME_PACK, ROLE_OPERATIONS_MANAGER, OWNS },
  { TP_WELCOME_PACK, ROLE_ACCOUNT_CLERK, DELIVERS },
  { TP_WELCOME_PACK, ROLE_SERVICE_ADVISER, INFORMED },
  { TP_MOBILE_APP, ROLE_PRODUCT_OWNER, OWNS },
  { TP_MOBILE_APP, ROLE_UX_DESIGNER, SUPPORTS },
  { TP_MOBILE_APP, ROLE_IT_MANAGER, SUPPORTS },
  { TP_MOBILE_APP, ROLE_DIGITAL_SUPPORT, INFORMED },
  { TP_ONLINE_BANKING, ROLE_IT_MANAGER, OWNS },
  { TP_ONLINE_BANKING, ROLE_SERVICE_DESK, SUPPORTS },
  { TP_ONLINE_BANKING, ROLE_UX_DESIGNER, SUPPORTS },
  { TP_CARDS_CASH, ROLE_OPERATIONS_MANAGER, OWNS },
  { TP_CARDS_CASH, ROLE_PAYMENTS, SUPPORTS },
  { TP_CARDS_CASH, ROLE_FRAUD, INFORMED },
  { TP_TRANSFERS, ROLE_PAYMENTS, OWNS },
  { TP_TRANSFERS, ROLE_ACCOUNT_CLERK, SUPPORTS },
  { TP_TRANSFERS, ROLE_PHONE_AGENT, INFORMED },
  { TP_STATEMENTS, ROLE_ACCOUNT_CLERK, OWNS },
  { TP_STATEMENTS, ROLE_UX_DESIGNER, SUPPORTS },
  { TP_STATEMENTS, ROLE_CHAT_AGENT, INFORMED },
  { TP_HELPLINE, ROLE_CC_TEAM_LEADER, OWNS },
  { TP_HELPLINE, ROLE_PHONE_AGENT, DELIVERS },
  { TP_HELPLINE, ROLE_SERVICE_DESK, SUPPORTS },
  { TP_HELPLINE, ROLE_LEARNING, INFORMED },
  { TP_CHAT_EMAIL, ROLE_CHAT_AGENT, OWNS },
  { TP_CHAT_EMAIL, ROLE_DIGITAL_SUPPORT, DELIVERS },
  { TP_CHAT_EMAIL, ROLE_CC_TEAM_LEADER, SUPPORTS },
  { TP_BRANCH_DESK, ROLE_BRANCH_MANAGER, OWNS },
  { TP_BRANCH_DESK, ROLE_SERVICE_ADVISER, DELIVERS },
  { TP_BRANCH_DESK, ROLE_ACCOUNT_CLERK, SUPPORTS },
  { TP_LOST_CARD, ROLE_FRAUD, OWNS },
  { TP_LOST_CARD, ROLE_PHONE_AGENT, DELIVERS },
  { TP_LOST_CARD, ROLE_PAYMENTS, SUPPORTS },
  { TP_COMPLAINTS, ROLE_COMPLAINTS, OWNS },
  { TP_COMPLAINTS, ROLE_CHAT_AGENT, DELIVERS },
  { TP_COMPLAINTS, ROLE_HR_PARTNER, SUPPORTS },
  { TP_COMPLAINTS, ROLE_BRANCH_MANAGER, INFORMED },
  { TP_COMPLAINTS, ROLE_OPERATIONS_MANAGER, INFORMED },
  { TP_HEALTH_CHECK, ROLE_PERSONAL_BANKER, OWNS },
  { TP_HEALTH_CHECK, ROLE_COLLECTIONS, SUPPORTS },
  { TP_HEALTH_CHECK, ROLE_LEARNING, INFORMED },
  { TP_SAVINGS_ADVICE, ROLE_PERSONAL_BANKER, OWNS },
  { TP_SAVINGS_ADVICE, ROLE_BRANCH_MANAGER, SUPPORTS },
  { TP_MORTGAGE_RENEWAL, ROLE_MORTGAGE_LEADER, OWNS },
  { TP_MORTGAGE_RENEWAL, ROLE_MORTGAGE_ADVISER, DELIVERS },
  { TP_MORTGAGE_RENEWAL, ROLE_MORTGAGE_PROCESSOR, SUPPORTS },
  { TP_MORTGAGE_RENEWAL, ROLE_UNDERWRITER, INFORMED },
  { TP_CREDIT_LIMIT, ROLE_CREDIT_MANAGER, OWNS },
  { TP_CREDIT_LIMIT, ROLE_UNDERWRITER, DELIVERS },
  { TP_CREDIT_LIMIT, ROLE_COLLECTIONS, SUPPORTS },
  { TP_CREDIT_LIMIT, ROLE_PRODUCT_OWNER, INFORMED },
  { TP_CLOSING, ROLE_SERVICE_ADVISER, DELIVERS },
  { TP_CLOSING, ROLE_ACCOUNT_CLERK, SUPPORTS },
  { TP_CLOSING, ROLE_BRANCH_MANAGER, INFORMED },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_responsibilities) == N_RESPONSIBILITIES);

/* Values and promises ------------------------------------------------------ */

const char * const emb_demo_values[N_VALUES][4] = {
  { N_("Customer first"),
    N_("We start from what the customer needs, not from our procedures."),
    N_("Asks what the customer is trying to achieve\n"
       "Bends a procedure that clearly harms the customer, and says so\n"
       "Keeps the customer informed without being asked"),
    N_("Hides behind “those are the rules”\n"
       "Puts internal targets before the customer in front of them\n"
       "Lets a customer leave without an answer") },
  { N_("Own it"),
    N_("A customer's problem that reaches you is yours until it is solved or handed "
       "over in person."),
    N_("Follows up until the customer confirms it is solved\n"
       "Hands over to a named colleague, with the whole story\n"
       "Admits mistakes early"),
    N_("Says “that is not my department”\n"
       "Transfers a call without explaining the case\n"
       "Waits for someone else to act") },
  { N_("Speak plainly"),
    N_("Honest, simple words in every conversation, letter and screen."),
    N_("Explains fees and conditions before the customer signs\n"
       "Writes letters a customer understands at first reading\n"
       "Says no with a reason and an alternative"),
    N_("Uses jargon and abbreviations with customers\n"
       "Buries important terms in small print\n"
       "Gives vague promises") },
  { N_("Keep our word"),
    N_("We do what we promised, when we promised it."),
    N_("Calls back at the agreed time\n"
       "Gives realistic deadlines and meets them\n"
       "Warns the customer early when something will be late"),
    N_("Promises what cannot be delivered\n"
       "Misses a call-back without a word\n"
       "Blames the system") },
  { N_("One team"),
    N_("Front office and back office serve the same customer."),
    N_("Phones a colleague instead of sending a file back\n"
       "Shares customer feedback with the back office\n"
       "Thanks colleagues from other departments"),
    N_("Talks about “them” in other departments\n"
       "Clears their own queue at the customer's expense\n"
       "Keeps useful information to themselves") },
  { N_("Keep learning"),
    N_("Every compliment and every complaint teaches us something."),
    N_("Reads the feedback about their touchpoints every week\n"
       "Tries a better way and shares the result\n"
       "Asks colleagues for feedback"),
    N_("Dismisses complaints as unreasonable customers\n"
       "Repeats the same mistake\n"
       "Skips the follow-up after a training") },
};

/* The first promise was published as "three minutes" and revised. */
const char * const emb_demo_promise_first_statement =
  N_("We answer your call within three minutes.");

const DemoPromise emb_demo_promises[] = {
  { N_("We answer your call within two minutes, or we call you back the same day."),
    N_("A person, not a menu, answers within two minutes; when the line is busy, we call "
       "you back the same day at a time that suits you."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_PHONE_ENQUIRY, TP_HELPLINE, TP_LOST_CARD, -1 },
    "https://northbridge.example/promises/call-back" },
  { N_("You get a clear answer on your loan within 48 hours."),
    N_("A yes or a no within two working days, with the reasons in plain words and what "
       "you could change."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_MORTGAGE_APPLICATION, TP_LOAN_DECISION, TP_CREDIT_LIMIT, -1 },
    NULL },
  { N_("No fee you did not see coming."),
    N_("Every fee is shown before you agree to it, and we remind you before we charge it."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_WEBSITE, TP_ACCOUNT_OPENING, TP_STATEMENTS, -1 },
    "https://northbridge.example/fees" },
  { N_("Lost your card? Blocked in one call, replaced within two working days."),
    N_("One call, day or night, blocks the card; the new one reaches you within two working "
       "days, with emergency cash if you need it."),
    EMB_PROMISE_STATUS_PUBLISHED, 240,
    { TP_LOST_CARD, TP_WELCOME_PACK, TP_CARDS_CASH, -1 },
    NULL },
  { N_("Your complaint has one owner until you are satisfied."),
    N_("One named person keeps you informed and does not close the case until you agree "
       "that it is solved."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_COMPLAINTS, TP_CHAT_EMAIL, TP_BRANCH_DESK, -1 },
    NULL },
  { N_("Open your account from your phone in ten minutes."),
    N_("No branch visit and no paper: identity check, account and virtual card in one sitting."),
    EMB_PROMISE_STATUS_PUBLISHED, 200,
    { TP_ACCOUNT_OPENING, TP_IDENTITY_CHECK, TP_MOBILE_APP, -1 },
    "https://northbridge.example/open-account" },
  { N_("You never have to tell your story twice."),
    N_("Whoever you talk to, in the branch, on the phone or in the app, already knows what "
       "you told us before."),
    EMB_PROMISE_STATUS_DRAFT, 0,
    { TP_BRANCH_DESK, TP_HELPLINE, TP_CHAT_EMAIL, TP_HEALTH_CHECK, -1 },
    NULL },
  { N_("Every branch is open on Saturday mornings."),
    N_("You can visit any branch on Saturday from 9:00 to 13:00."),
    EMB_PROMISE_STATUS_RETIRED, PROMISE_LAUNCH_AGO,
    { TP_BRANCH_WELCOME, TP_BRANCH_DESK, -1 },
    NULL },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_promises) == N_PROMISES);

/* Announcements ------------------------------------------------------------ */

const DemoAnnouncement emb_demo_announcements[] = {
  { N_("Our brand promises have been updated"),
    N_("We now promise to answer every call within two minutes, or to call back the same "
       "day. Please read the updated promises and confirm that you know what they mean at "
       "your touchpoints."),
    EMB_AUDIENCE_EVERYONE, TRUE, PROMISE_REVISED_AGO, 0.92, EVERYONE, 0, FALSE,
    NULL },
  { N_("Autonomy pilot starts in the contact centre"),
    N_("From Monday you may decide yourself, up to 200 EUR, whenever it is to the "
       "customer's benefit. Log every decision in Embassy. Please read the guardrails "
       "and confirm."),
    EMB_AUDIENCE_DEPARTMENTS, TRUE, WAVE_START_AGO + 4, 1.0, 1u << DEPT_CONTACT_CENTRE, 0,
    FALSE,
    NULL },
  { N_("New guide to the financial health check"),
    N_("A short guide with questions that help customers plan ahead is now available in "
       "every branch. Try it in your next conversations."),
    EMB_AUDIENCE_ROLES, FALSE, 40, 0.0, 0,
    (1u << ROLE_BRANCH_MANAGER) | (1u << ROLE_PERSONAL_BANKER) | (1u << ROLE_SERVICE_ADVISER),
    FALSE,
    NULL },
  { N_("Values week: recognise a colleague"),
    N_("This week we celebrate our values. Nominate a colleague who made a difference for a "
       "customer, and confirm that you have read our values again."),
    EMB_AUDIENCE_EVERYONE, TRUE, 6, 0.4, EVERYONE, 0, TRUE,
    "https://intranet.northbridge.example/values-week" },
  { N_("Complaints: the new five-step checklist"),
    N_("Every complaint now follows five steps: listen, apologise, own it, agree what happens "
       "next and call back when you said you would. The checklist is on the intranet; please "
       "read it and confirm."),
    EMB_AUDIENCE_ROLES, TRUE, 12, 0.7, 0,
    (1u << ROLE_COMPLAINTS) | (1u << ROLE_PHONE_AGENT) | (1u << ROLE_CHAT_AGENT)
    | (1u << ROLE_SERVICE_ADVISER),
    FALSE,
    "https://intranet.northbridge.example/complaints/checklist" },
  { N_("Holiday opening hours in the branches"),
    N_("Between Christmas and New Year the branches open from 10:00 to 15:00. Please tell "
       "customers who ask, and check the hours of your own branch on the intranet."),
    EMB_AUDIENCE_DEPARTMENTS, TRUE, -1, 0.0, 1u << DEPT_BRANCHES, 0, TRUE,
    "https://northbridge.example/branches/opening-hours" },
};
G_STATIC_ASSERT (G_N_ELEMENTS (emb_demo_announcements) == N_ANNOUNCEMENTS);

/* The organisation's own texts ---------------------------------------------- */

/* A name, not translated. */
const char * const emb_demo_organisation_name = "Northbridge Bank";

const char * const emb_demo_vision =
  N_("Banking that feels human: every customer understood, every promise kept, by every one "
     "of us.");

const char * const emb_demo_cx_strategy =
  N_("We compete on experience, not on price. Every employee, in the front office and the "
     "back office, knows our brand promises and the touchpoints where they are kept. We listen "
     "to customers at every touchpoint, through NPS, satisfaction and effort surveys, "
     "complaints and praise, and bring what they say to the people who caused it within a "
     "week. We recognise colleagues who live our values, give front-line staff the freedom to "
     "decide to the customer's benefit, and measure ourselves each quarter against the CX "
     "maturity model.");

const char * const emb_demo_value_set_summary =
  N_("Our six values, agreed with colleagues from every department.");
