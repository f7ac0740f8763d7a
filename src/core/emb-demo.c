/* emb-demo.c: the demo organisation
 *
 * Northbridge Bank, an invented mid-size retail bank: eight departments,
 * 25 roles, 400 employees, a five-stage customer journey with 25
 * touchpoints, values, brand promises, a year of customer feedback and
 * recognition, and an autonomy pilot running in the contact centre.
 *
 * Everything is drawn from one seeded generator, and every date is counted
 * from the reference date, so the same seed and date always give the same
 * organisation (only created_at/updated_at tell when it was written).
 *
 * Two gaps are left on purpose, so that the journey matrix has something to
 * highlight:
 *  - the touchpoint "Closing an account" has nobody who owns it (people
 *    deliver and support it, but no role is accountable for it);
 *  - the back-office role "Software engineer" has no touchpoint at all,
 *    although the engineers build the app that customers use every day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emb-demo.h"
#include "emb-records.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

#define N_EMPLOYEES     400
#define N_INACTIVE      20
#define N_FEEDBACK      3000
#define N_NOMINATIONS   300
#define N_WAITING       15      /* the newest nominations, not yet decided */
#define N_DECISIONS     40
#define CEILING         20000   /* 200.00 EUR in cents */
#define WAVE_START_AGO  91      /* the running wave began this many days ago */
#define DAY_SECONDS     86400
#define EMAIL_DOMAIN    "northbridgebank.example"

/* Departments ------------------------------------------------------------ */

enum
{
  DEPT_BRANCHES,
  DEPT_CONTACT_CENTRE,
  DEPT_MORTGAGES,
  DEPT_DIGITAL,
  DEPT_OPERATIONS,
  DEPT_CREDIT_RISK,
  DEPT_IT,
  DEPT_PEOPLE,
  N_DEPARTMENTS
};

enum
{
  ROLE_BRANCH_MANAGER,
  ROLE_PERSONAL_BANKER,
  ROLE_SERVICE_ADVISER,
  ROLE_CC_TEAM_LEADER,
  ROLE_PHONE_AGENT,
  ROLE_CHAT_AGENT,
  ROLE_COMPLAINTS,
  ROLE_MORTGAGE_LEADER,
  ROLE_MORTGAGE_ADVISER,
  ROLE_MORTGAGE_PROCESSOR,
  ROLE_PRODUCT_OWNER,
  ROLE_UX_DESIGNER,
  ROLE_DIGITAL_SUPPORT,
  ROLE_OPERATIONS_MANAGER,
  ROLE_ACCOUNT_CLERK,
  ROLE_PAYMENTS,
  ROLE_CREDIT_MANAGER,
  ROLE_UNDERWRITER,
  ROLE_COLLECTIONS,
  ROLE_IT_MANAGER,
  ROLE_SERVICE_DESK,
  ROLE_FRAUD,
  ROLE_ENGINEER,        /* the gap: no touchpoint */
  ROLE_HR_PARTNER,
  ROLE_LEARNING,
  N_ROLES
};

/* Sites, written as the cities write them; they are not translated. */
static const char * const cities[] = {
  "Rotterdam", "Antwerpen", "Kraków", "Gdańsk",
  "Athina", "Thessaloniki", "Porto", "Lyon",
};

typedef struct
{
  const char *name;
  EmbOffice   office;
  int         lead_role;    /* the role whose members lead and decide */
  const char *sites;        /* indexes into cities, repeated for weight */
  double      ack_rate;     /* usual share of staff who acknowledge */
} DemoDepartment;

static const DemoDepartment departments[N_DEPARTMENTS] = {
  { N_("Branches"), EMB_OFFICE_FRONT, ROLE_BRANCH_MANAGER, "01234567", 0.90 },
  { N_("Contact centre"), EMB_OFFICE_FRONT, ROLE_CC_TEAM_LEADER, "35", 0.94 },
  { N_("Mortgage advisory"), EMB_OFFICE_FRONT, ROLE_MORTGAGE_LEADER, "012467", 0.86 },
  { N_("Digital channels"), EMB_OFFICE_FRONT, ROLE_PRODUCT_OWNER, "002", 0.80 },
  { N_("Operations"), EMB_OFFICE_BACK, ROLE_OPERATIONS_MANAGER, "2220", 0.74 },
  { N_("Credit risk"), EMB_OFFICE_BACK, ROLE_CREDIT_MANAGER, "004", 0.68 },
  { N_("IT & security"), EMB_OFFICE_BACK, ROLE_IT_MANAGER, "2206", 0.64 },
  { N_("People & culture"), EMB_OFFICE_BACK, ROLE_HR_PARTNER, "024", 0.88 },
};

typedef struct
{
  int         department;
  const char *name;
  const char *attitudes;
  int         headcount;
} DemoRole;

static const DemoRole roles[N_ROLES] = {
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

/* A surname "male|female" has two forms; a surname without "|" has one. */
typedef struct
{
  const char * const *female;
  guint               n_female;
  const char * const *male;
  guint               n_male;
  const char * const *surnames;
  guint               n_surnames;
} DemoCulture;

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

static const DemoCulture cultures[] = {
  CULTURE (dutch), CULTURE (polish), CULTURE (greek), CULTURE (portuguese), CULTURE (french),
  CULTURE (german), CULTURE (italian), CULTURE (irish), CULTURE (spanish), CULTURE (swedish),
};

/* The culture most people of each city come from. */
static const int city_cultures[G_N_ELEMENTS (cities)] = { 0, 0, 1, 1, 2, 2, 3, 4 };

/* The journey ------------------------------------------------------------- */

static const char * const stages[][2] = {
  { N_("Discover"), N_("The customer looks for a bank and forms a first impression.") },
  { N_("Open an account"), N_("From the application to the first card in hand.") },
  { N_("Use everyday"), N_("Payments, cards, app and statements, day after day.") },
  { N_("Get help"), N_("When something goes wrong or a question comes up.") },
  { N_("Grow / renew"), N_("New needs, renewals, and sometimes saying goodbye.") },
};

#define N_STAGES G_N_ELEMENTS (stages)

enum
{
  CHANNEL_BRANCH,
  CHANNEL_PHONE,
  CHANNEL_APP,
  CHANNEL_WEB,
  CHANNEL_EMAIL,
  CHANNEL_LETTER,
  CHANNEL_CHAT,
  CHANNEL_CASH_MACHINE,
  CHANNEL_SOCIAL_MEDIA,
};

static const char * const channels[] = {
  N_("Branch"), N_("Phone"), N_("App"), N_("Web"), N_("E-mail"),
  N_("Letter"), N_("Chat"), N_("Cash machine"), N_("Social media"),
};

enum
{
  SOURCE_SURVEY,
  SOURCE_BRANCH_CARD,
  SOURCE_APP_REVIEW,
  SOURCE_EMAIL,
};

static const char * const sources[] = {
  N_("Survey tool"), N_("Branch card"), N_("App review"), N_("E-mail"),
};

enum
{
  TP_WEBSITE,
  TP_BRANCH_WELCOME,
  TP_PHONE_ENQUIRY,
  TP_SOCIAL_MEDIA,
  TP_MORTGAGE_MEETING,
  TP_ACCOUNT_OPENING,
  TP_IDENTITY_CHECK,
  TP_MORTGAGE_APPLICATION,
  TP_LOAN_DECISION,
  TP_WELCOME_PACK,
  TP_MOBILE_APP,
  TP_ONLINE_BANKING,
  TP_CARDS_CASH,
  TP_TRANSFERS,
  TP_STATEMENTS,
  TP_HELPLINE,
  TP_CHAT_EMAIL,
  TP_BRANCH_DESK,
  TP_LOST_CARD,
  TP_COMPLAINTS,
  TP_HEALTH_CHECK,
  TP_SAVINGS_ADVICE,
  TP_MORTGAGE_RENEWAL,
  TP_CREDIT_LIMIT,
  TP_CLOSING,           /* the gap: nobody owns it */
  N_TOUCHPOINTS
};

typedef struct
{
  int         stage;
  const char *name;
  int         channel;
  const char *description;
  double      quality;      /* how satisfied customers usually are, 0-1 */
  int         weight;       /* how much feedback it gets */
} DemoTouchpoint;

static const DemoTouchpoint touchpoints[N_TOUCHPOINTS] = {
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

/* Feedback without a touchpoint: general remarks about the bank. */
#define NO_TOUCHPOINT_WEIGHT  3
#define NO_TOUCHPOINT_QUALITY 0.75

typedef struct
{
  int                    touchpoint;
  int                    role;
  EmbResponsibilityLevel level;
} DemoResponsibility;

#define OWNS     EMB_RESPONSIBILITY_LEVEL_OWNS
#define DELIVERS EMB_RESPONSIBILITY_LEVEL_DELIVERS
#define SUPPORTS EMB_RESPONSIBILITY_LEVEL_SUPPORTS
#define INFORMED EMB_RESPONSIBILITY_LEVEL_INFORMED

static const DemoResponsibility responsibilities[] = {
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

/* Values and promises ------------------------------------------------------ */

enum
{
  VALUE_CUSTOMER_FIRST,
  VALUE_OWN_IT,
  VALUE_SPEAK_PLAINLY,
  VALUE_KEEP_OUR_WORD,
  VALUE_ONE_TEAM,
  VALUE_KEEP_LEARNING,
  N_VALUES
};

static const char * const values[N_VALUES][4] = {
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

typedef struct
{
  const char       *statement;
  const char       *expectation;
  EmbPromiseStatus  status;
  int               published_ago;   /* days before the reference date */
  int               touchpoints[5];  /* ends with -1 */
} DemoPromise;

#define PROMISE_LAUNCH_AGO   300
#define PROMISE_REVISED_AGO  120     /* the first promise got a second version */
#define PROMISE_RETIRED_AGO  150

/* The first promise was published as "three minutes" and revised. */
static const char *promise_first_statement = N_("We answer your call within three minutes.");

static const DemoPromise promises[] = {
  { N_("We answer your call within two minutes, or we call you back the same day."),
    N_("A person, not a menu, answers within two minutes; when the line is busy, we call "
       "you back the same day at a time that suits you."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_PHONE_ENQUIRY, TP_HELPLINE, TP_LOST_CARD, -1 } },
  { N_("You get a clear answer on your loan within 48 hours."),
    N_("A yes or a no within two working days, with the reasons in plain words and what "
       "you could change."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_MORTGAGE_APPLICATION, TP_LOAN_DECISION, TP_CREDIT_LIMIT, -1 } },
  { N_("No fee you did not see coming."),
    N_("Every fee is shown before you agree to it, and we remind you before we charge it."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_WEBSITE, TP_ACCOUNT_OPENING, TP_STATEMENTS, -1 } },
  { N_("Lost your card? Blocked in one call, replaced within two working days."),
    N_("One call, day or night, blocks the card; the new one reaches you within two working "
       "days, with emergency cash if you need it."),
    EMB_PROMISE_STATUS_PUBLISHED, 240,
    { TP_LOST_CARD, TP_WELCOME_PACK, TP_CARDS_CASH, -1 } },
  { N_("Your complaint has one owner until you are satisfied."),
    N_("One named person keeps you informed and does not close the case until you agree "
       "that it is solved."),
    EMB_PROMISE_STATUS_PUBLISHED, PROMISE_LAUNCH_AGO,
    { TP_COMPLAINTS, TP_CHAT_EMAIL, TP_BRANCH_DESK, -1 } },
  { N_("Open your account from your phone in ten minutes."),
    N_("No branch visit and no paper: identity check, account and virtual card in one sitting."),
    EMB_PROMISE_STATUS_PUBLISHED, 200,
    { TP_ACCOUNT_OPENING, TP_IDENTITY_CHECK, TP_MOBILE_APP, -1 } },
  { N_("You never have to tell your story twice."),
    N_("Whoever you talk to, in the branch, on the phone or in the app, already knows what "
       "you told us before."),
    EMB_PROMISE_STATUS_DRAFT, 0,
    { TP_BRANCH_DESK, TP_HELPLINE, TP_CHAT_EMAIL, TP_HEALTH_CHECK, -1 } },
  { N_("Every branch is open on Saturday mornings."),
    N_("You can visit any branch on Saturday from 9:00 to 13:00."),
    EMB_PROMISE_STATUS_RETIRED, PROMISE_LAUNCH_AGO,
    { TP_BRANCH_WELCOME, TP_BRANCH_DESK, -1 } },
};

/* Announcements ------------------------------------------------------------ */

#define EVERYONE ((1u << N_DEPARTMENTS) - 1)

typedef struct
{
  const char  *title;
  const char  *body;
  EmbAudience  audience;
  gboolean     needs_ack;
  int          published_ago;
  double       ack_factor;
  guint32      departments;   /* bit mask, for EMB_AUDIENCE_DEPARTMENTS and everyone */
  guint32      roles;         /* bit mask, for EMB_AUDIENCE_ROLES */
} DemoAnnouncement;

static const DemoAnnouncement announcements[] = {
  { N_("Our brand promises have been updated"),
    N_("We now promise to answer every call within two minutes, or to call back the same "
       "day. Please read the updated promises and confirm that you know what they mean at "
       "your touchpoints."),
    EMB_AUDIENCE_EVERYONE, TRUE, PROMISE_REVISED_AGO, 0.92, EVERYONE, 0 },
  { N_("Autonomy pilot starts in the contact centre"),
    N_("From Monday you may decide yourself, up to 200 EUR, whenever it is to the "
       "customer's benefit. Log every decision in Embassy. Please read the guardrails "
       "and confirm."),
    EMB_AUDIENCE_DEPARTMENTS, TRUE, WAVE_START_AGO + 4, 1.0, 1u << DEPT_CONTACT_CENTRE, 0 },
  { N_("New guide to the financial health check"),
    N_("A short guide with questions that help customers plan ahead is now available in "
       "every branch. Try it in your next conversations."),
    EMB_AUDIENCE_ROLES, FALSE, 40, 0.0, 0,
    (1u << ROLE_BRANCH_MANAGER) | (1u << ROLE_PERSONAL_BANKER) | (1u << ROLE_SERVICE_ADVISER) },
  { N_("Values week: recognise a colleague"),
    N_("This week we celebrate our values. Nominate a colleague who made a difference for a "
       "customer, and confirm that you have read our values again."),
    EMB_AUDIENCE_EVERYONE, TRUE, 6, 0.4, EVERYONE, 0 },
};

/* Recognition -------------------------------------------------------------- */

typedef struct
{
  const char *text;
  int         touchpoint;
  int         value;
} DemoStory;

static const DemoStory stories[] = {
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

static const char *department_story =
  N_("The whole team stayed late during the system outage so that no customer was left "
     "without an answer.");

static const char * const thanks[] = {
  N_("Always the first to help a colleague with a difficult customer."),
  N_("Calm, kind and reliable, every single day."),
  N_("Shares what customers tell us with the whole team."),
};

static const char * const decline_notes[] = {
  N_("Thank you; please tell us what it meant for the customer and nominate again."),
  N_("Already recognised for the same story in an earlier nomination."),
};

static const char *approve_note = N_("A great example for everyone. Thank you!");

/* Feedback ----------------------------------------------------------------- */

/* Each remark fits some channels (a bit mask of CHANNEL_*), or any (0). */
typedef struct
{
  const char *text;
  guint       channels;
} DemoPhrase;

#define CH(name) (1u << CHANNEL_##name)
#define IN_PERSON (CH (BRANCH) | CH (PHONE))
#define WRITTEN (CH (LETTER) | CH (EMAIL))
#define ONLINE (CH (APP) | CH (WEB))

static const DemoPhrase praise_phrases[] = {
  { N_("Friendly and quick, exactly what I needed."), 0 },
  { N_("The adviser really took the time to listen."), IN_PERSON },
  { N_("Problem solved in one call, thank you!"), CH (PHONE) },
  { N_("Everything was clear, no surprises."), 0 },
  { N_("Very easy, done in a few minutes."), ONLINE | CH (CHAT) | CH (CASH_MACHINE) },
  { N_("They went out of their way to help me."),
    IN_PERSON | CH (CHAT) | CH (EMAIL) | CH (SOCIAL_MEDIA) },
  { N_("I felt like a person, not a number."), IN_PERSON | WRITTEN | CH (CHAT) },
  { N_("A clear explanation without jargon."), IN_PERSON | WRITTEN | CH (CHAT) | CH (WEB) },
  { N_("They called me back exactly when they said they would."), IN_PERSON | CH (EMAIL) },
  { N_("Kind and patient with my elderly mother."), IN_PERSON },
};

static const DemoPhrase complaint_phrases[] = {
  { N_("I had to wait far too long."), 0 },
  { N_("Nobody called me back as promised."), IN_PERSON | CH (EMAIL) | CH (CHAT) },
  { N_("I had to explain my problem three times."), IN_PERSON | CH (EMAIL) | CH (CHAT) },
  { N_("The letter was impossible to understand."), WRITTEN },
  { N_("The app kept logging me out."), CH (APP) },
  { N_("I was sent from one department to another."), IN_PERSON | CH (EMAIL) },
  { N_("An unexpected fee, and nobody warned me."),
    ONLINE | WRITTEN | CH (BRANCH) | CH (CASH_MACHINE) },
  { N_("It took weeks and nobody explained why."), WRITTEN | CH (BRANCH) },
  { N_("The staff seemed rushed and uninterested."), IN_PERSON },
  { N_("Far too much paperwork for something simple."), ONLINE | CH (BRANCH) | CH (LETTER) },
};

static const DemoPhrase suggestion_phrases[] = {
  { N_("It was fine, but it could be faster."), 0 },
  { N_("Please open on Saturdays again."), CH (BRANCH) },
  { N_("I would like to see the status of my application online."),
    ONLINE | CH (LETTER) | CH (BRANCH) },
  { N_("Please remind me before a fee is charged."), ONLINE | CH (EMAIL) | CH (CASH_MACHINE) },
  { N_("A chat in the app would be useful."), ONLINE | CH (PHONE) },
};

/* The autonomy pilot ------------------------------------------------------- */

static const char * const decision_kinds[] = {
  N_("Fee refund"), N_("Goodwill gesture"), N_("Payment extension"), N_("Call-back"),
};

typedef struct
{
  int         kind;
  const char *situation;
  const char *decision;
  const char *outcome;
  gint64      cost;      /* typical cost in cents */
} DemoScenario;

static const DemoScenario scenarios[] = {
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

#define SCENARIO_COSTLY 4

static const char *review_note_ok = N_("Within the guardrails, well done.");
static const char *review_note_over =
  N_("Above the ceiling; agreed with the team leader afterwards.");

/* The generator ------------------------------------------------------------ */

typedef struct
{
  gint64   id;
  guint32  hired;       /* Julian day */
  int      role;
  int      department;
  gboolean active;
} DemoPerson;

typedef struct
{
  gint64  id;
  guint32 day;
  int     touchpoint;
} DemoPraise;

typedef struct
{
  EmbDatabase *db;
  GRand       *rand;           /* every choice of content */
  GRand       *uuid_rand;      /* the UUIDs, so that they do not shift content */
  guint32      today;          /* the reference date, as a Julian day */
  char         uuid[40];

  gint64       department_ids[N_DEPARTMENTS];
  gint64       role_ids[N_ROLES];
  gint64       stage_ids[N_STAGES];
  gint64       touchpoint_ids[N_TOUCHPOINTS];
  gint64       value_ids[N_VALUES];

  DemoPerson   people[N_EMPLOYEES];
  GArray      *role_members[N_ROLES];          /* active people, by index */

  int          owner[N_TOUCHPOINTS];           /* role, or -1 */
  gboolean     pilot_touchpoint[N_TOUCHPOINTS];
  int          touchpoint_roles[N_TOUCHPOINTS][8];  /* owns, delivers or supports */
  int          n_touchpoint_roles[N_TOUCHPOINTS];
  int          role_touchpoints[N_ROLES][N_TOUCHPOINTS];
  int          n_role_touchpoints[N_ROLES];

  GArray      *praise;                         /* DemoPraise */
} Demo;

static int
rnd (Demo *demo,
     int   begin,
     int   end)
{
  return g_rand_int_range (demo->rand, begin, end);
}

static gboolean
chance (Demo   *demo,
        double  p)
{
  return g_rand_double (demo->rand) < p;
}

/* Roughly normal noise with standard deviation @sd, from four uniform draws
 * (no libm, so the same on every platform). */
static double
noise (Demo   *demo,
       double  sd)
{
  double sum = 0;

  for (int i = 0; i < 4; i++)
    sum += g_rand_double (demo->rand);
  return (sum - 2.0) * sd / 0.57735;
}

/* Unlike CLAMP(), evaluates @x once: it often holds a random draw. */
static double
clamp_double (double x,
              double low,
              double high)
{
  return x < low ? low : x > high ? high : x;
}

static int
pick_weighted (Demo      *demo,
               const int *weights,
               int        n)
{
  int total = 0;
  int x;

  for (int i = 0; i < n; i++)
    total += weights[i];
  x = rnd (demo, 0, total);
  for (int i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}

/* A version-4-shaped UUID from the seeded generator; valid until the next call. */
static const char *
next_uuid (Demo *demo)
{
  guint32 a = g_rand_int (demo->uuid_rand);
  guint32 b = g_rand_int (demo->uuid_rand);
  guint32 c = g_rand_int (demo->uuid_rand);
  guint32 d = g_rand_int (demo->uuid_rand);

  b = (b & 0xffff0fffu) | 0x00004000u;
  c = (c & 0x3fffffffu) | 0x80000000u;
  g_snprintf (demo->uuid, sizeof demo->uuid, "%08x-%04x-%04x-%04x-%04x%08x",
              a, b >> 16, b & 0xffffu, c >> 16, c & 0xffffu, d);
  return demo->uuid;
}

/* @buf holds at least 16 bytes. */
static const char *
format_day (guint32  day,
            char    *buf)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buf, 16, "%04d-%02d-%02d",
              (int)g_date_get_year (&date), (int)g_date_get_month (&date),
              (int)g_date_get_day (&date));
  return buf;
}

/* @moment counts seconds from the start of Julian day 0; @buf holds at
 * least 32 bytes. */
static const char *
format_time (gint64  moment,
             char   *buf)
{
  char day[16];
  int secs = (int)(moment % DAY_SECONDS);

  format_day ((guint32)(moment / DAY_SECONDS), day);
  g_snprintf (buf, 32, "%sT%02d:%02d:%02d.000Z", day, secs / 3600, secs / 60 % 60, secs % 60);
  return buf;
}

static gint64
moment_of (guint32 day,
           int     seconds)
{
  return (gint64)day * DAY_SECONDS + seconds;
}

/* Saves and drops @record; returns its new id, or 0 with @error set. */
static gint64
save (Demo           *demo,
      const EmbTable *table,
      gpointer        record,
      GError        **error)
{
  g_autoptr(EmbRecord) owned = record;

  if (!_emb_table_save (demo->db, table, owned, error))
    return 0;
  return emb_record_get_id (owned);
}

/* For the link tables, which have no record class. */
static gboolean
link_ids (Demo        *demo,
          const char  *sql,
          gint64       a,
          gint64       b,
          GError     **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare (demo->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return _emb_database_step_done (demo->db, stmt, error);
}

/* An active member of @role hired before @day, other than @exclude; or -1. */
static int
pick_member (Demo    *demo,
             int      role,
             guint32  day,
             int      exclude)
{
  GArray *members = demo->role_members[role];

  for (int attempt = 0; attempt < 40 && members->len > 0; attempt++)
    {
      int i = g_array_index (members, int, rnd (demo, 0, members->len));

      if (i != exclude && demo->people[i].hired < day)
        return i;
    }
  return -1;
}

/* Any active employee hired before @day, other than @exclude, optionally
 * from one department (-1 for any). */
static int
pick_person (Demo    *demo,
             int      department,
             guint32  day,
             int      exclude)
{
  for (int attempt = 0; attempt < 200; attempt++)
    {
      int i = rnd (demo, 0, N_EMPLOYEES);
      const DemoPerson *p = &demo->people[i];

      if (i != exclude && p->active && p->hired < day &&
          (department < 0 || p->department == department))
        return i;
    }
  return -1;
}

static gint64
person_id (Demo *demo,
           int   i)
{
  return i >= 0 ? demo->people[i].id : 0;
}

/* The organisation and its people ------------------------------------------ */

static gboolean
add_organisation (Demo    *demo,
                  GError **error)
{
  return save (demo, &emb_table_organisation,
               g_object_new (EMB_TYPE_ORGANISATION,
                             "uuid", next_uuid (demo),
                             "name", "Northbridge Bank",
                             "vision", _("Banking that feels human: every customer understood, "
                                         "every promise kept, by every one of us."),
                             "cx-strategy", _("We compete on experience, not on price. Every "
                                              "employee, in the front office and the back "
                                              "office, knows our brand promises and the "
                                              "touchpoints where they are kept. We listen to "
                                              "customers at every touchpoint, through NPS, "
                                              "satisfaction and effort surveys, complaints "
                                              "and praise, and bring what they say to the "
                                              "people who caused it within a week. We "
                                              "recognise colleagues who live our values, give "
                                              "front-line staff the freedom to decide to the "
                                              "customer's benefit, and measure ourselves each "
                                              "quarter against the CX maturity model."),
                             NULL),
               error) != 0;
}

static gboolean
add_departments_and_roles (Demo    *demo,
                           GError **error)
{
  for (int d = 0; d < N_DEPARTMENTS; d++)
    {
      demo->department_ids[d] =
        save (demo, &emb_table_department,
              g_object_new (EMB_TYPE_DEPARTMENT,
                            "uuid", next_uuid (demo),
                            "name", _(departments[d].name),
                            "office", departments[d].office,
                            NULL),
              error);
      if (demo->department_ids[d] == 0)
        return FALSE;
    }

  for (int r = 0; r < N_ROLES; r++)
    {
      const DemoRole *role = &roles[r];

      demo->role_ids[r] =
        save (demo, &emb_table_role,
              g_object_new (EMB_TYPE_ROLE,
                            "uuid", next_uuid (demo),
                            "department-id", demo->department_ids[role->department],
                            "name", _(role->name),
                            "office", departments[role->department].office,
                            "attitudes", _(role->attitudes),
                            NULL),
              error);
      if (demo->role_ids[r] == 0)
        return FALSE;
    }

  return TRUE;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const DemoPerson *pa = a;
  const DemoPerson *pb = b;

  if (pa->hired != pb->hired)
    return pa->hired < pb->hired ? -1 : 1;
  return pa->role - pb->role;
}

static gboolean
is_lead_role (int role)
{
  return departments[roles[role].department].lead_role == role;
}

static void
append_ascii (GString    *out,
              const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
}

/* A name from the culture of @city (mostly), and a unique e-mail address. */
static void
make_name (Demo        *demo,
           int          city,
           GHashTable  *emails,
           char       **name,
           char       **email)
{
  const DemoCulture *c = &cultures[chance (demo, 0.75) ? city_cultures[city]
                                                       : rnd (demo, 0, G_N_ELEMENTS (cultures))];
  gboolean female = chance (demo, 0.5);
  const char *first = female ? c->female[rnd (demo, 0, c->n_female)]
                             : c->male[rnd (demo, 0, c->n_male)];
  const char *entry = c->surnames[rnd (demo, 0, c->n_surnames)];
  const char *bar = strchr (entry, '|');
  g_autofree char *surname = NULL;
  g_autoptr(GString) local = g_string_new (NULL);
  guint base_len;

  if (bar == NULL)
    surname = g_strdup (entry);
  else if (female)
    surname = g_strdup (bar + 1);
  else
    surname = g_strndup (entry, bar - entry);

  append_ascii (local, first);
  g_string_append_c (local, '.');
  append_ascii (local, surname);
  base_len = local->len;
  for (int n = 2; g_hash_table_contains (emails, local->str); n++)
    {
      g_string_truncate (local, base_len);
      g_string_append_printf (local, "%d", n);
    }
  g_hash_table_add (emails, g_strdup (local->str));

  *name = g_strdup_printf ("%s %s", first, surname);
  *email = g_strdup_printf ("%s@%s", local->str, EMAIL_DOMAIN);
}

static gboolean
add_people (Demo    *demo,
            GError **error)
{
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int n = 0;

  for (int r = 0; r < N_ROLES; r++)
    for (int k = 0; k < roles[r].headcount; k++, n++)
      {
        DemoPerson *p = &demo->people[n];

        p->role = r;
        p->department = roles[r].department;
        p->active = TRUE;
        if (is_lead_role (r))
          p->hired = demo->today - rnd (demo, 1500, 7000);
        else if (chance (demo, 0.12))
          p->hired = demo->today - rnd (demo, 20, 365);
        else
          p->hired = demo->today - rnd (demo, 365, 6000);
      }
  g_assert (n == N_EMPLOYEES);

  /* Employee numbers follow the hire date, as they do in a real company. */
  qsort (demo->people, N_EMPLOYEES, sizeof (DemoPerson), compare_people);

  /* Leavers, never among the people who lead a department. */
  for (int k = 0; k < N_INACTIVE;)
    {
      DemoPerson *p = &demo->people[rnd (demo, 0, N_EMPLOYEES)];

      if (!p->active || is_lead_role (p->role))
        continue;
      p->active = FALSE;
      k++;
    }

  for (int i = 0; i < N_EMPLOYEES; i++)
    {
      DemoPerson *p = &demo->people[i];
      const char *sites = departments[p->department].sites;
      int city = sites[rnd (demo, 0, strlen (sites))] - '0';
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      char number[16];
      char hired[16];

      make_name (demo, city, emails, &name, &email);
      g_snprintf (number, sizeof number, "NB-%05d", i + 1);

      p->id = save (demo, &emb_table_employee,
                    g_object_new (EMB_TYPE_EMPLOYEE,
                                  "uuid", next_uuid (demo),
                                  "employee-number", number,
                                  "name", name,
                                  "email", email,
                                  "role-id", demo->role_ids[p->role],
                                  "department-id", demo->department_ids[p->department],
                                  "site", cities[city],
                                  "hire-date", format_day (p->hired, hired),
                                  "active", p->active,
                                  NULL),
                    error);
      if (p->id == 0)
        return FALSE;

      if (p->active)
        g_array_append_val (demo->role_members[p->role], i);
    }

  return TRUE;
}

/* The journey -------------------------------------------------------------- */

static gboolean
add_journey (Demo    *demo,
             GError **error)
{
  int position[N_STAGES] = { 0 };

  for (guint s = 0; s < N_STAGES; s++)
    {
      demo->stage_ids[s] =
        save (demo, &emb_table_stage,
              g_object_new (EMB_TYPE_STAGE,
                            "uuid", next_uuid (demo),
                            "name", _(stages[s][0]),
                            "description", _(stages[s][1]),
                            "position", (int)s,
                            NULL),
              error);
      if (demo->stage_ids[s] == 0)
        return FALSE;
    }

  for (int t = 0; t < N_TOUCHPOINTS; t++)
    {
      const DemoTouchpoint *tp = &touchpoints[t];

      demo->touchpoint_ids[t] =
        save (demo, &emb_table_touchpoint,
              g_object_new (EMB_TYPE_TOUCHPOINT,
                            "uuid", next_uuid (demo),
                            "stage-id", demo->stage_ids[tp->stage],
                            "name", _(tp->name),
                            "channel", _(channels[tp->channel]),
                            "description", _(tp->description),
                            "position", position[tp->stage]++,
                            NULL),
              error);
      if (demo->touchpoint_ids[t] == 0)
        return FALSE;
      demo->owner[t] = -1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (responsibilities); i++)
    {
      const DemoResponsibility *r = &responsibilities[i];

      if (save (demo, &emb_table_responsibility,
                g_object_new (EMB_TYPE_RESPONSIBILITY,
                              "uuid", next_uuid (demo),
                              "role-id", demo->role_ids[r->role],
                              "touchpoint-id", demo->touchpoint_ids[r->touchpoint],
                              "level", r->level,
                              NULL),
                error) == 0)
        return FALSE;

      if (r->level == OWNS)
        demo->owner[r->touchpoint] = r->role;
      if (r->level != INFORMED)
        {
          int t = r->touchpoint;

          g_assert (demo->n_touchpoint_roles[t] < (int)G_N_ELEMENTS (demo->touchpoint_roles[t]));
          demo->touchpoint_roles[t][demo->n_touchpoint_roles[t]++] = r->role;
        }
      demo->role_touchpoints[r->role][demo->n_role_touchpoints[r->role]++] = r->touchpoint;

      /* The pilot's touchpoints: those the contact centre owns or delivers. */
      if (roles[r->role].department == DEPT_CONTACT_CENTRE &&
          (r->level == OWNS || r->level == DELIVERS))
        demo->pilot_touchpoint[r->touchpoint] = TRUE;
    }

  return TRUE;
}

/* Values, promises and what staff acknowledged ----------------------------- */

typedef struct
{
  gint64   promise_version_id;
  gint64   announcement_id;
  gint64   value_set_id;
  guint32  from;          /* the day it was published */
  guint32  until;         /* the last day it could be acknowledged */
  double   factor;        /* share of each department's usual rate */
  guint32  departments;   /* bit mask of the departments addressed */
  guint32  roles;         /* bit mask of the roles addressed */
} DemoAckItem;

static gboolean
add_acknowledgements (Demo               *demo,
                      const DemoAckItem  *item,
                      GError            **error)
{
  double jitter = (g_rand_double (demo->rand) - 0.5) * 0.08;

  for (int i = 0; i < N_EMPLOYEES; i++)
    {
      const DemoPerson *p = &demo->people[i];
      guint32 start = MAX (item->from, p->hired);
      double rate;
      int span;
      guint32 day;
      char at[32];

      if (!p->active ||
          (!(item->departments & (1u << p->department)) && !(item->roles & (1u << p->role))) ||
          start > item->until)
        continue;

      rate = clamp_double (departments[p->department].ack_rate * item->factor + jitter, 0.0, 0.95);
      if (!chance (demo, rate))
        continue;

      /* Most read it within two weeks; a few much later. */
      span = item->until - start;
      if (chance (demo, 0.75))
        day = start + rnd (demo, 0, MIN (span, 14) + 1);
      else
        day = start + rnd (demo, 0, span + 1);
      /* Items are published in the morning. */
      format_time (moment_of (day, rnd (demo, day == item->from ? 12 * 3600 : 8 * 3600,
                                        18 * 3600)),
                   at);

      if (save (demo, &emb_table_acknowledgement,
                g_object_new (EMB_TYPE_ACKNOWLEDGEMENT,
                              "uuid", next_uuid (demo),
                              "employee-id", p->id,
                              "promise-version-id", item->promise_version_id,
                              "announcement-id", item->announcement_id,
                              "value-set-id", item->value_set_id,
                              "acknowledged-at", at,
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_values (Demo    *demo,
            GError **error)
{
  DemoAckItem ack = { 0 };
  char at[32];

  for (int v = 0; v < N_VALUES; v++)
    {
      demo->value_ids[v] =
        save (demo, &emb_table_value,
              g_object_new (EMB_TYPE_VALUE,
                            "uuid", next_uuid (demo),
                            "name", _(values[v][0]),
                            "description", _(values[v][1]),
                            "desired-behaviours", _(values[v][2]),
                            "undesired-behaviours", _(values[v][3]),
                            "position", v,
                            NULL),
              error);
      if (demo->value_ids[v] == 0)
        return FALSE;
    }

  ack.from = demo->today - 330;
  ack.until = demo->today - 1;
  ack.factor = 1.0;
  ack.departments = EVERYONE;
  ack.value_set_id =
    save (demo, &emb_table_value_set,
          g_object_new (EMB_TYPE_VALUE_SET,
                        "uuid", next_uuid (demo),
                        "published-at", format_time (moment_of (ack.from, 9 * 3600), at),
                        "summary",
                        _("Our six values, agreed with colleagues from every department."),
                        NULL),
          error);
  if (ack.value_set_id == 0)
    return FALSE;

  return add_acknowledgements (demo, &ack, error);
}

static gint64
add_promise_version (Demo                    *demo,
                     gint64                   promise_id,
                     int                      number,
                     const char              *statement,
                     const DemoPromise       *dp,
                     EmbPromiseVersionState   state,
                     guint32                  published,
                     GError                 **error)
{
  char at[32];
  const char *published_at = NULL;
  gint64 id;

  if (published > 0)
    published_at = format_time (moment_of (published, 10 * 3600), at);

  id = save (demo, &emb_table_promise_version,
             g_object_new (EMB_TYPE_PROMISE_VERSION,
                           "uuid", next_uuid (demo),
                           "promise-id", promise_id,
                           "number", number,
                           "statement", _(statement),
                           "customer-expectation", _(dp->expectation),
                           "state", state,
                           "published-at", published_at,
                           NULL),
             error);
  if (id == 0)
    return 0;

  for (int k = 0; dp->touchpoints[k] >= 0; k++)
    if (!link_ids (demo,
                   "INSERT INTO promise_version_touchpoint (version_id, touchpoint_id)"
                   " VALUES (?1, ?2)",
                   id, demo->touchpoint_ids[dp->touchpoints[k]], error))
      return 0;

  return id;
}

static gboolean
add_promises (Demo    *demo,
              GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (promises); i++)
    {
      const DemoPromise *dp = &promises[i];
      guint32 published = demo->today - dp->published_ago;
      guint32 revised = demo->today - PROMISE_REVISED_AGO;
      guint32 retired = demo->today - PROMISE_RETIRED_AGO;
      DemoAckItem ack = { 0 };
      const char *retired_at = NULL;
      gint64 promise_id;
      char at[32];

      if (dp->status == EMB_PROMISE_STATUS_RETIRED)
        retired_at = format_time (moment_of (retired, 11 * 3600), at);

      promise_id = save (demo, &emb_table_promise,
                         g_object_new (EMB_TYPE_PROMISE,
                                       "uuid", next_uuid (demo),
                                       "status", dp->status,
                                       "position", (int)i,
                                       "retired-at", retired_at,
                                       NULL),
                         error);
      if (promise_id == 0)
        return FALSE;

      ack.departments = EVERYONE;
      ack.from = published;
      ack.until = demo->today - 1;
      ack.factor = 1.0;

      switch (dp->status)
        {
        case EMB_PROMISE_STATUS_DRAFT:
          if (add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                   EMB_PROMISE_VERSION_STATE_DRAFT, 0, error) == 0)
            return FALSE;
          break;

        case EMB_PROMISE_STATUS_RETIRED:
          ack.until = retired - 1;
          ack.factor = 0.9;
          ack.promise_version_id = add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                                        EMB_PROMISE_VERSION_STATE_RETIRED,
                                                        published, error);
          if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
            return FALSE;
          break;

        case EMB_PROMISE_STATUS_PUBLISHED:
        default:
          if (i == 0)
            {
              /* Edited after publishing: version 1 is superseded by version 2. */
              ack.until = revised - 1;
              ack.promise_version_id = add_promise_version (demo, promise_id, 1,
                                                            promise_first_statement, dp,
                                                            EMB_PROMISE_VERSION_STATE_SUPERSEDED,
                                                            published, error);
              if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
                return FALSE;

              ack.from = revised;
              ack.until = demo->today - 1;
              ack.factor = 0.95;
              ack.promise_version_id = add_promise_version (demo, promise_id, 2, dp->statement, dp,
                                                            EMB_PROMISE_VERSION_STATE_PUBLISHED,
                                                            revised, error);
            }
          else
            ack.promise_version_id = add_promise_version (demo, promise_id, 1, dp->statement, dp,
                                                          EMB_PROMISE_VERSION_STATE_PUBLISHED,
                                                          published, error);
          if (ack.promise_version_id == 0 || !add_acknowledgements (demo, &ack, error))
            return FALSE;
          break;
        }
    }

  return TRUE;
}

static gboolean
add_announcements (Demo    *demo,
                   GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (announcements); i++)
    {
      const DemoAnnouncement *a = &announcements[i];
      DemoAckItem ack = { 0 };
      char at[32];

      ack.from = demo->today - a->published_ago;
      ack.until = demo->today - 1;
      ack.factor = a->ack_factor;
      ack.departments = a->departments;
      ack.roles = a->roles;
      ack.announcement_id =
        save (demo, &emb_table_announcement,
              g_object_new (EMB_TYPE_ANNOUNCEMENT,
                            "uuid", next_uuid (demo),
                            "title", _(a->title),
                            "body", _(a->body),
                            "audience", a->audience,
                            "needs-ack", a->needs_ack,
                            "published-at",
                            format_time (moment_of (ack.from, 8 * 3600 + 30 * 60), at),
                            NULL),
              error);
      if (ack.announcement_id == 0)
        return FALSE;

      if (a->audience == EMB_AUDIENCE_DEPARTMENTS)
        {
          for (int d = 0; d < N_DEPARTMENTS; d++)
            if ((a->departments & (1u << d)) &&
                !link_ids (demo,
                           "INSERT INTO announcement_department (announcement_id, department_id)"
                           " VALUES (?1, ?2)",
                           ack.announcement_id, demo->department_ids[d], error))
              return FALSE;
        }
      else if (a->audience == EMB_AUDIENCE_ROLES)
        {
          for (int r = 0; r < N_ROLES; r++)
            if ((a->roles & (1u << r)) &&
                !link_ids (demo,
                           "INSERT INTO announcement_role (announcement_id, role_id)"
                           " VALUES (?1, ?2)",
                           ack.announcement_id, demo->role_ids[r], error))
              return FALSE;
        }

      if (a->needs_ack && !add_acknowledgements (demo, &ack, error))
        return FALSE;
    }

  return TRUE;
}

/* Customer feedback --------------------------------------------------------- */

static int
compare_moments (gconstpointer a,
                 gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* @n moments in the @days days before the reference date, oldest first; with
 * @recent, later days are busier. Times fall between @from_hour and @to_hour. */
static gint64 *
make_moments (Demo     *demo,
              int       n,
              int       days,
              gboolean  recent,
              int       from_hour,
              int       to_hour)
{
  gint64 *moments = g_new (gint64, n);

  for (int i = 0; i < n; i++)
    {
      double u = g_rand_double (demo->rand);
      int offset;

      /* The larger of two draws leans towards the reference date. */
      if (recent && chance (demo, 0.5))
        {
          double v = g_rand_double (demo->rand);

          u = MAX (u, v);
        }
      offset = (int)(u * days);
      moments[i] = moment_of (demo->today - days + offset,
                              rnd (demo, from_hour * 3600, to_hour * 3600));
    }
  qsort (moments, n, sizeof (gint64), compare_moments);
  return moments;
}

/* A remark (now and then two) that fits @channel. */
static const char *
pick_text (Demo              *demo,
           const DemoPhrase  *phrases,
           guint              n,
           int                channel,
           char             **owned)
{
  guint first;
  guint second;

  do
    first = rnd (demo, 0, n);
  while (phrases[first].channels != 0 && !(phrases[first].channels & (1u << channel)));

  if (!chance (demo, 0.3))
    return _(phrases[first].text);

  for (int attempt = 0; attempt < 20; attempt++)
    {
      second = rnd (demo, 0, n);
      if (second != first &&
          (phrases[second].channels == 0 || (phrases[second].channels & (1u << channel))))
        {
          *owned = g_strconcat (_(phrases[first].text), " ", _(phrases[second].text), NULL);
          return *owned;
        }
    }
  return _(phrases[first].text);
}

static gboolean
add_feedback (Demo    *demo,
              GError **error)
{
  g_autofree gint64 *moments = make_moments (demo, N_FEEDBACK, 365, FALSE, 7, 22);
  guint32 wave_start = demo->today - WAVE_START_AGO;
  guint32 year_ago = demo->today - 365;
  int weights[N_TOUCHPOINTS + 1];

  for (int t = 0; t < N_TOUCHPOINTS; t++)
    weights[t] = touchpoints[t].weight;
  weights[N_TOUCHPOINTS] = NO_TOUCHPOINT_WEIGHT;

  for (int i = 0; i < N_FEEDBACK; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      int age = demo->today - day;
      int t = pick_weighted (demo, weights, G_N_ELEMENTS (weights));
      gboolean has_tp = t < N_TOUCHPOINTS;
      double q = has_tp ? touchpoints[t].quality : NO_TOUCHPOINT_QUALITY;
      double u = g_rand_double (demo->rand);
      EmbFeedbackKind kind = EMB_FEEDBACK_KIND_SURVEY;
      EmbScoreType score_type = EMB_SCORE_TYPE_NONE;
      int score = -1;
      gboolean problem, positive, with_text;
      const char *text = "";
      g_autofree char *owned_text = NULL;
      EmbFollowUp follow_up;
      int assignee = -1;
      int source;
      int channel = has_tp ? touchpoints[t].channel : CHANNEL_EMAIL;
      char customer_ref[16] = "";
      char at[32];
      gint64 id;

      /* The programme slowly lifts everything; the pilot lifts its
       * touchpoints clearly once it starts. */
      q += 0.04 * (day - year_ago) / 365.0;
      if (has_tp && demo->pilot_touchpoint[t] && day >= wave_start)
        q += 0.07;
      q = clamp_double (q + noise (demo, 0.15), 0.0, 1.0);

      if (u < 0.55)
        {
          score_type = EMB_SCORE_TYPE_NPS;
          score = (int)(q * 10 + 0.5);
          problem = score <= 6;
          positive = score >= 9;
        }
      else if (u < 0.80)
        {
          score_type = EMB_SCORE_TYPE_CSAT;
          score = 1 + (int)(q * 4 + 0.5);
          problem = score <= 2;
          positive = score == 5;
        }
      else if (u < 0.90)
        {
          score_type = EMB_SCORE_TYPE_CES;
          /* Effort is judged more harshly than satisfaction. */
          score = 1 + (int)(clamp_double ((q - 0.1) * 6.6, 0.0, 6.0) + 0.5);
          problem = score <= 3;
          positive = score >= 6;
        }
      else
        {
          kind = q >= 0.8 ? EMB_FEEDBACK_KIND_PRAISE
                          : q < 0.66 ? EMB_FEEDBACK_KIND_COMPLAINT
                                     : EMB_FEEDBACK_KIND_SUGGESTION;
          problem = kind == EMB_FEEDBACK_KIND_COMPLAINT;
          positive = kind == EMB_FEEDBACK_KIND_PRAISE;
        }

      with_text = kind != EMB_FEEDBACK_KIND_SURVEY || chance (demo, 0.35);
      if (with_text)
        {
          if (problem)
            text = pick_text (demo, complaint_phrases, G_N_ELEMENTS (complaint_phrases),
                              channel, &owned_text);
          else if (positive)
            text = pick_text (demo, praise_phrases, G_N_ELEMENTS (praise_phrases),
                              channel, &owned_text);
          else
            text = pick_text (demo, suggestion_phrases, G_N_ELEMENTS (suggestion_phrases),
                              channel, &owned_text);
        }

      if (kind == EMB_FEEDBACK_KIND_SURVEY)
        source = SOURCE_SURVEY;
      else if (channel == CHANNEL_APP)
        source = SOURCE_APP_REVIEW;
      else if (channel == CHANNEL_BRANCH)
        source = SOURCE_BRANCH_CARD;
      else
        source = SOURCE_EMAIL;

      if ((source == SOURCE_SURVEY && chance (demo, 0.7)) ||
          (source == SOURCE_BRANCH_CARD && chance (demo, 0.4)) ||
          source == SOURCE_EMAIL)
        g_snprintf (customer_ref, sizeof customer_ref, "C%07d", rnd (demo, 1000000, 10000000));

      /* Problems are assigned to the owner of the touchpoint and resolved
       * within weeks; everything else is simply read. */
      if (problem)
        {
          if (age > 30)
            follow_up = chance (demo, 0.92) ? EMB_FOLLOW_UP_RESOLVED : EMB_FOLLOW_UP_ASSIGNED;
          else if (age > 7)
            follow_up = chance (demo, 0.5) ? EMB_FOLLOW_UP_RESOLVED
                                           : chance (demo, 0.8) ? EMB_FOLLOW_UP_ASSIGNED
                                                                : EMB_FOLLOW_UP_NEW;
          else
            follow_up = chance (demo, 0.4) ? EMB_FOLLOW_UP_ASSIGNED : EMB_FOLLOW_UP_NEW;

          if (follow_up != EMB_FOLLOW_UP_NEW)
            {
              int role = has_tp && demo->owner[t] >= 0 ? demo->owner[t] : ROLE_COMPLAINTS;

              assignee = pick_member (demo, role, day, -1);
            }
        }
      else
        follow_up = age > 14 ? EMB_FOLLOW_UP_RESOLVED : EMB_FOLLOW_UP_NEW;

      id = save (demo, &emb_table_feedback,
                 g_object_new (EMB_TYPE_FEEDBACK,
                               "uuid", next_uuid (demo),
                               "received-at", format_time (moments[i], at),
                               "channel", _(channels[channel]),
                               "touchpoint-id", has_tp ? demo->touchpoint_ids[t] : (gint64)0,
                               "kind", kind,
                               "score-type", score_type,
                               "score", score,
                               "text", text,
                               "customer-ref", customer_ref,
                               "follow-up", follow_up,
                               "assignee-id", person_id (demo, assignee),
                               "source", _(sources[source]),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      if (positive && with_text && has_tp)
        {
          DemoPraise praise = { id, day, t };

          g_array_append_val (demo->praise, praise);
        }
    }

  return TRUE;
}

/* Recognition -------------------------------------------------------------- */

/* Praise about @touchpoint received in the two months before @day, or 0. */
static gint64
find_praise (Demo    *demo,
             int      touchpoint,
             guint32  day)
{
  gint64 found = 0;

  for (guint i = 0; i < demo->praise->len; i++)
    {
      const DemoPraise *p = &g_array_index (demo->praise, DemoPraise, i);

      if (p->day > day)
        break;
      if (p->touchpoint == touchpoint && p->day + 60 >= day)
        found = p->id;
    }
  return found;
}

static gboolean
add_nominations (Demo    *demo,
                 GError **error)
{
  g_autofree gint64 *moments = make_moments (demo, N_NOMINATIONS, 365, TRUE, 8, 20);
  gint64 end = moment_of (demo->today, 0) - 1;

  for (int i = 0; i < N_NOMINATIONS; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      EmbNominationStatus status;
      int nominee = -1;
      int nominee_department = -1;
      int department;
      int nominator = -1;
      int decider = -1;
      int touchpoint = -1;
      int value;
      const char *story;
      const char *note = "";
      gint64 feedback_id = 0;
      gint64 decided = 0;
      gint64 celebrated = 0;
      gboolean is_public;
      char submitted_at[32];
      char decided_at[32];
      char celebrated_at[32];

      /* Who and what. */
      if (chance (demo, 0.08))
        {
          nominee_department = rnd (demo, 0, N_DEPARTMENTS);
          department = nominee_department;
          story = _(department_story);
          value = VALUE_ONE_TEAM;
        }
      else
        {
          if (chance (demo, 0.75))
            {
              const DemoStory *s = &stories[rnd (demo, 0, G_N_ELEMENTS (stories))];
              int t = s->touchpoint;
              int role = demo->touchpoint_roles[t][rnd (demo, 0, demo->n_touchpoint_roles[t])];

              touchpoint = t;
              value = s->value;
              story = _(s->text);
              nominee = pick_member (demo, role, day, -1);
            }
          else
            {
              value = rnd (demo, 0, N_VALUES);
              story = _(thanks[rnd (demo, 0, G_N_ELEMENTS (thanks))]);
            }

          if (nominee < 0)
            nominee = pick_person (demo, -1, day, -1);
          g_assert (nominee >= 0);
          department = demo->people[nominee].department;

          if (touchpoint < 0 && chance (demo, 0.5))
            {
              int role = demo->people[nominee].role;
              int n = demo->n_role_touchpoints[role];

              if (n > 0)
                touchpoint = demo->role_touchpoints[role][rnd (demo, 0, n)];
            }
        }

      /* Who nominated: a manager, a peer, or someone anonymous. */
      if (!chance (demo, 0.08))
        {
          if (chance (demo, 0.3))
            nominator = pick_member (demo, departments[department].lead_role, day, nominee);
          else
            nominator = pick_person (demo, chance (demo, 0.7) ? department : -1, day, nominee);
        }

      /* What became of it: the newest wait for a decision. */
      if (i >= N_NOMINATIONS - N_WAITING)
        status = EMB_NOMINATION_STATUS_SUBMITTED;
      else
        {
          double u = g_rand_double (demo->rand);

          status = u < 0.05 ? EMB_NOMINATION_STATUS_DECLINED
                            : u < 0.32 ? EMB_NOMINATION_STATUS_CELEBRATED
                                       : EMB_NOMINATION_STATUS_APPROVED;
          decided = moments[i] + rnd (demo, 1, 6) * DAY_SECONDS;
          decided += rnd (demo, -3 * 3600, 3 * 3600);
          decided = MIN (decided, end);
          if (decided <= moments[i])
            decided = moments[i] + 600;
          decider = pick_member (demo,
                                 nominee_department >= 0 ? ROLE_HR_PARTNER
                                                         : departments[department].lead_role,
                                 decided / DAY_SECONDS + 1, nominee);

          if (status == EMB_NOMINATION_STATUS_CELEBRATED)
            {
              celebrated = decided + rnd (demo, 1, 10) * DAY_SECONDS;
              if (celebrated > end)
                status = EMB_NOMINATION_STATUS_APPROVED;
            }

          if (status == EMB_NOMINATION_STATUS_DECLINED)
            note = _(decline_notes[rnd (demo, 0, G_N_ELEMENTS (decline_notes))]);
          else if (chance (demo, 0.15))
            note = _(approve_note);

          /* Customer praise as evidence. */
          if (status != EMB_NOMINATION_STATUS_DECLINED && touchpoint >= 0 && chance (demo, 0.3))
            feedback_id = find_praise (demo, touchpoint, day);
        }

      /* Every draw is made before the record is built, in a fixed order. */
      is_public = chance (demo, 0.9);

      if (save (demo, &emb_table_nomination,
                g_object_new (EMB_TYPE_NOMINATION,
                              "uuid", next_uuid (demo),
                              "nominee-employee-id", person_id (demo, nominee),
                              "nominee-department-id", nominee_department >= 0
                                                       ? demo->department_ids[nominee_department]
                                                       : (gint64)0,
                              "nominator-id", person_id (demo, nominator),
                              "value-id", demo->value_ids[value],
                              "touchpoint-id",
                              touchpoint >= 0 ? demo->touchpoint_ids[touchpoint] : (gint64)0,
                              "feedback-id", feedback_id,
                              "story", story,
                              "is-public", is_public,
                              "status", status,
                              "decider-id", person_id (demo, decider),
                              "decision-note", note,
                              "submitted-at", format_time (moments[i], submitted_at),
                              "decided-at", decided > 0 ? format_time (decided, decided_at) : NULL,
                              "celebrated-at", status == EMB_NOMINATION_STATUS_CELEBRATED
                                               ? format_time (celebrated, celebrated_at) : NULL,
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* The autonomy pilot ------------------------------------------------------- */

static gboolean
add_pilot (Demo    *demo,
           GError **error)
{
  static const struct
  {
    int           department;
    int           starts;       /* days after the reference date */
    int           ends;
    EmbWaveStatus status;
  } waves[] = {
    { DEPT_CONTACT_CENTRE, -WAVE_START_AGO, 91, EMB_WAVE_STATUS_RUNNING },
    { DEPT_BRANCHES, 120, 300, EMB_WAVE_STATUS_PLANNED },
    { DEPT_MORTGAGES, 330, 510, EMB_WAVE_STATUS_PLANNED },
  };
  /* Contact-centre roles, weighted by how often they meet the situation. */
  static const int decider_roles[] = {
    ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_PHONE_AGENT,
    ROLE_PHONE_AGENT, ROLE_PHONE_AGENT, ROLE_CHAT_AGENT, ROLE_CHAT_AGENT,
    ROLE_COMPLAINTS, ROLE_CC_TEAM_LEADER,
  };
  guint32 wave_start = demo->today - WAVE_START_AGO;
  g_autofree gint64 *moments = make_moments (demo, N_DECISIONS, WAVE_START_AGO - 1, FALSE, 8, 20);
  gint64 pilot_id;

  pilot_id = save (demo, &emb_table_pilot,
                   g_object_new (EMB_TYPE_PILOT,
                                 "uuid", next_uuid (demo),
                                 "name", _("Decide for the customer"),
                                 "principle",
                                 _("Decide yourself, but always to the customer's benefit."),
                                 "spending-ceiling", (gint64)CEILING,
                                 "currency", "EUR",
                                 "allowed-decisions",
                                 _("Refund a fee or charge made in error or in hardship\n"
                                   "Send a goodwill gesture after our mistake\n"
                                   "Move a payment date by up to 30 days\n"
                                   "Arrange a call-back outside office hours\n"
                                   "Cover a customer's direct costs caused by our mistake"),
                                 "escalation-rule",
                                 _("Above 200 EUR, or anything that changes a credit limit, an "
                                   "interest rate or a contract: ask your team leader the same "
                                   "day. When in doubt, ask; never leave the customer waiting "
                                   "for the answer."),
                                 NULL),
                   error);
  if (pilot_id == 0)
    return FALSE;

  for (guint w = 0; w < G_N_ELEMENTS (waves); w++)
    {
      char starts[16];
      char ends[16];

      if (save (demo, &emb_table_wave,
                g_object_new (EMB_TYPE_WAVE,
                              "uuid", next_uuid (demo),
                              "pilot-id", pilot_id,
                              "department-id", demo->department_ids[waves[w].department],
                              "position", (int)w,
                              "starts-on", format_day (demo->today + waves[w].starts, starts),
                              "ends-on", format_day (demo->today + waves[w].ends, ends),
                              "status", waves[w].status,
                              NULL),
                error) == 0)
        return FALSE;
    }

  for (int i = 0; i < N_DECISIONS; i++)
    {
      guint32 day = moments[i] / DAY_SECONDS;
      int age = demo->today - day;
      /* Three decisions went over the ceiling: one reviewed, one escalated,
       * one (the newest) still pending. */
      gboolean over = (i == 9 || i == 24 || i == N_DECISIONS - 2);
      const DemoScenario *s = &scenarios[over ? SCENARIO_COSTLY : rnd (demo, 0, SCENARIO_COSTLY)];
      EmbReviewStatus review = age > 10 ? EMB_REVIEW_STATUS_REVIEWED : EMB_REVIEW_STATUS_PENDING;
      const char *review_note = "";
      gint64 cost;
      char decided_on[16];
      int employee;

      if (over)
        {
          cost = rnd (demo, 240, 421) * 100;
          if (i == 9)
            review_note = _(review_note_over);
          else if (i == 24)
            review = EMB_REVIEW_STATUS_ESCALATED;
          else
            review = EMB_REVIEW_STATUS_PENDING;
        }
      else
        {
          cost = s->cost * rnd (demo, 60, 141) / 100 / 100 * 100;   /* whole euros */
          if (review == EMB_REVIEW_STATUS_REVIEWED && chance (demo, 0.3))
            review_note = _(review_note_ok);
        }

      employee = pick_member (demo, decider_roles[rnd (demo, 0, G_N_ELEMENTS (decider_roles))],
                              wave_start, -1);
      if (employee < 0)
        employee = pick_person (demo, DEPT_CONTACT_CENTRE, wave_start, -1);

      if (save (demo, &emb_table_decision,
                g_object_new (EMB_TYPE_DECISION,
                              "uuid", next_uuid (demo),
                              "pilot-id", pilot_id,
                              "employee-id", person_id (demo, employee),
                              "decided-on", format_day (day, decided_on),
                              "kind", _(decision_kinds[s->kind]),
                              "situation", _(s->situation),
                              "decision", _(s->decision),
                              "cost", cost,
                              "customer-outcome", _(s->outcome),
                              "review-status", review,
                              "review-note", review_note,
                              NULL),
                error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Training, assessments and pulses ----------------------------------------- */

static gboolean
add_training (Demo    *demo,
              GError **error)
{
  static const struct
  {
    const char *title;
    const char *knowledge;
    const char *skills;
    const char *attitudes;
    const char *expected_change;
    const char *note;
    int         review_in;      /* days after the reference date */
    int         roles[3];
    int         touchpoints[3];
  } objectives[] = {
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

  for (guint o = 0; o < G_N_ELEMENTS (objectives); o++)
    {
      g_autofree gint64 *moments = make_moments (demo, 6, 80, FALSE, 9, 17);
      char review_on[16];
      gint64 id;

      id = save (demo, &emb_table_training_objective,
                 g_object_new (EMB_TYPE_TRAINING_OBJECTIVE,
                               "uuid", next_uuid (demo),
                               "title", _(objectives[o].title),
                               "knowledge", _(objectives[o].knowledge),
                               "skills", _(objectives[o].skills),
                               "attitudes", _(objectives[o].attitudes),
                               "expected-change", _(objectives[o].expected_change),
                               "review-on",
                               format_day (demo->today + objectives[o].review_in, review_on),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      for (int k = 0; k < 3; k++)
        if (!link_ids (demo,
                       "INSERT INTO training_objective_role (objective_id, role_id)"
                       " VALUES (?1, ?2)",
                       id, demo->role_ids[objectives[o].roles[k]], error) ||
            !link_ids (demo,
                       "INSERT INTO training_objective_touchpoint (objective_id, touchpoint_id)"
                       " VALUES (?1, ?2)",
                       id, demo->touchpoint_ids[objectives[o].touchpoints[k]], error))
          return FALSE;

      /* Observations, getting better as the weeks go by. */
      for (int k = 0; k < 6; k++)
        {
          guint32 day = moments[k] / DAY_SECONDS;
          int employee = pick_member (demo, objectives[o].roles[k % 3], day, -1);
          int rating = MIN (5, 2 + k / 2) + rnd (demo, 0, 2);
          const char *note = chance (demo, 0.5) ? _(objectives[o].note) : "";
          char observed_on[16];

          if (save (demo, &emb_table_observation,
                    g_object_new (EMB_TYPE_OBSERVATION,
                                  "uuid", next_uuid (demo),
                                  "objective-id", id,
                                  "employee-id", person_id (demo, employee),
                                  "observed-on", format_day (day, observed_on),
                                  "rating", rating,
                                  "note", note,
                                  NULL),
                    error) == 0)
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_maturity (Demo    *demo,
              GError **error)
{
  static const int ago[] = { 190, 99, 8 };
  static const int scores[][EMB_N_MATURITY_AREAS] = {
    { 3, 2, 2, 2, 2, 3, 3, 2, 2 },
    { 3, 2, 3, 2, 2, 3, 3, 3, 2 },
    { 3, 3, 3, 3, 2, 3, 4, 3, 3 },
  };

  for (guint a = 0; a < G_N_ELEMENTS (ago); a++)
    {
      char assessed_on[16];
      gint64 id;

      id = save (demo, &emb_table_maturity_assessment,
                 g_object_new (EMB_TYPE_MATURITY_ASSESSMENT,
                               "uuid", next_uuid (demo),
                               "assessed-on", format_day (demo->today - ago[a], assessed_on),
                               NULL),
                 error);
      if (id == 0)
        return FALSE;

      for (int area = 0; area < EMB_N_MATURITY_AREAS; area++)
        {
          g_autoptr(EmbStatement) stmt = NULL;

          stmt = _emb_database_prepare (demo->db,
                                        "INSERT INTO maturity_score"
                                        " (assessment_id, area, score, note)"
                                        " VALUES (?1, ?2, ?3, '')",
                                        error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          _emb_bind_text (stmt, 2, emb_enum_to_nick (EMB_TYPE_MATURITY_AREA, area));
          sqlite3_bind_int (stmt, 3, scores[a][area]);
          if (!_emb_database_step_done (demo->db, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static double
round2 (double x)
{
  return (int)(x * 100 + 0.5) / 100.0;
}

static gboolean
add_audits_and_pulses (Demo    *demo,
                       GError **error)
{
  static const int pulse_ago[] = { 280, 190, 100, 10 };

  for (int d = 0; d < N_DEPARTMENTS; d++)
    {
      gboolean front = departments[d].office == EMB_OFFICE_FRONT;
      int declarations = rnd (demo, 78, 93);
      int behaviours = front ? rnd (demo, 58, 71) : rnd (demo, 45, 61);
      int resources = rnd (demo, 45, 66);
      int headcount = 0;

      /* Declarations run ahead of behaviours and resources; the second audit
       * shows the gap closing a little. */
      for (int a = 0; a < 2; a++)
        {
          const char *note = "";
          char audited_on[16];

          format_day (demo->today - (a == 0 ? 200 : 20), audited_on);

          if (a == 0 && d == DEPT_CONTACT_CENTRE)
            note = _("Strong words, but targets still reward short calls over solved problems.");
          else if (a == 0 && d == DEPT_IT)
            note = _("Back-office staff rarely see what customers say about their work.");

          if (save (demo, &emb_table_consistency_audit,
                    g_object_new (EMB_TYPE_CONSISTENCY_AUDIT,
                                  "uuid", next_uuid (demo),
                                  "department-id", demo->department_ids[d],
                                  "audited-on", audited_on,
                                  "declarations", declarations,
                                  "behaviours", behaviours,
                                  "resources", resources,
                                  "note", note,
                                  NULL),
                    error) == 0)
            return FALSE;

          declarations += rnd (demo, 0, 4);
          behaviours += rnd (demo, 3, 8);
          resources += rnd (demo, 2, 7);
        }

      for (int r = 0; r < N_ROLES; r++)
        if (roles[r].department == d)
          headcount += demo->role_members[r]->len;

      for (guint k = 0; k < G_N_ELEMENTS (pulse_ago); k++)
        {
          double growth = 0.08 * k;
          double base = front ? 3.8 : 3.4;
          double customer = (front ? 4.0 : 3.2) + growth;
          double company = base + growth;
          double proposition = base - 0.1 + growth;
          int respondents;
          char taken_on[16];

          /* The pilot shows in the contact centre's last pulse. */
          if (d == DEPT_CONTACT_CENTRE && pulse_ago[k] < WAVE_START_AGO)
            {
              customer += 0.3;
              company += 0.2;
            }

          company = round2 (clamp_double (company + noise (demo, 0.1), 1.0, 5.0));
          proposition = round2 (clamp_double (proposition + noise (demo, 0.1), 1.0, 5.0));
          customer = round2 (clamp_double (customer + noise (demo, 0.1), 1.0, 5.0));
          respondents = headcount * rnd (demo, 55, 86) / 100;
          respondents = MAX (1, respondents);

          if (save (demo, &emb_table_pulse,
                    g_object_new (EMB_TYPE_PULSE,
                                  "uuid", next_uuid (demo),
                                  "department-id", demo->department_ids[d],
                                  "taken-on", format_day (demo->today - pulse_ago[k], taken_on),
                                  "company", company,
                                  "value-proposition", proposition,
                                  "customer", customer,
                                  "respondents", respondents,
                                  NULL),
                    error) == 0)
            return FALSE;
        }
    }

  return TRUE;
}

/* Populating --------------------------------------------------------------- */

static gboolean
populate_cb (EmbDatabase  *db,
             gpointer      user_data,
             GError      **error)
{
  Demo *demo = user_data;

  /* Checked inside the transaction, which holds the write lock. */
  if (!emb_database_is_empty (db))
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "database",
                                _("The demo organisation can only be added to an empty "
                                  "database; this one already holds a programme."));
      return FALSE;
    }

  if (!add_organisation (demo, error) ||
      !add_departments_and_roles (demo, error) ||
      !add_people (demo, error) ||
      !add_journey (demo, error) ||
      !add_values (demo, error) ||
      !add_promises (demo, error) ||
      !add_announcements (demo, error) ||
      !add_feedback (demo, error) ||
      !add_nominations (demo, error) ||
      !add_pilot (demo, error) ||
      !add_training (demo, error) ||
      !add_maturity (demo, error) ||
      !add_audits_and_pulses (demo, error))
    return FALSE;

  /* The link tables were written by hand. */
  _emb_database_defer_changed (db, EMB_RECORD_KIND_ANY, EMB_CHANGE_MANY, 0);
  return TRUE;
}

static gboolean
parse_reference_date (const char  *text,
                      guint32     *day,
                      GError     **error)
{
  GDate date;

  g_date_clear (&date, 1);

  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g_date_set_dmy (&date, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
  else
    {
      guint y, m, d;

      if (!_emb_validate_date (text, TRUE, "reference-date", _("Reference date"), error))
        return FALSE;
      (void)sscanf (text, "%4u-%2u-%2u", &y, &m, &d);   /* validated above */
      if (y < 1900)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_OUT_OF_RANGE, "reference-date",
                                    _("The reference date must be in 1900 or later, not “%s”."),
                                    text);
          return FALSE;
        }
      g_date_set_dmy (&date, d, m, y);
    }

  *day = g_date_get_julian (&date);
  return TRUE;
}

/**
 * emb_demo_populate:
 * @db: an empty database
 * @seed: the seed of every random choice, such as %EMB_DEMO_DEFAULT_SEED
 * @reference_date: (nullable): "today" of the demo as YYYY-MM-DD, or %NULL
 *   for today (UTC); every date in the demo is counted back from it
 * @error: return location for a #GError
 *
 * Fills an empty database with the demo organisation, Northbridge Bank, in
 * one transaction: either all of it is written or nothing is. The same seed
 * and reference date always give the same content. Texts are written in the
 * user's language.
 *
 * Returns: %TRUE on success; %FALSE with %EMB_VALIDATION_ERROR_STATE (field
 *   "database") when the database is not empty, with a validation error on
 *   "reference-date" for a bad date, or with a database error
 */
gboolean
emb_demo_populate (EmbDatabase  *db,
                   guint32       seed,
                   const char   *reference_date,
                   GError      **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_reference_date (reference_date, &demo.today, error))
    return FALSE;

  demo.db = db;
  demo.rand = g_rand_new_with_seed (seed);
  demo.uuid_rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  demo.praise = g_array_new (FALSE, FALSE, sizeof (DemoPraise));
  for (int r = 0; r < N_ROLES; r++)
    demo.role_members[r] = g_array_new (FALSE, FALSE, sizeof (int));

  ok = emb_database_transaction (db, populate_cb, &demo, error);

  for (int r = 0; r < N_ROLES; r++)
    g_array_unref (demo.role_members[r]);
  g_array_unref (demo.praise);
  g_rand_free (demo.uuid_rand);
  g_rand_free (demo.rand);

  return ok;
}
