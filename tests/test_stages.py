"""Golden tables, one per pipeline stage: input -> what the stage must give."""

from collections import Counter
from pathlib import Path

import pytest

import compare_articles as ca

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def sentences(text):
    return [text[s:e] for s, e, _, _ in ca.split_sentences(text)]


# ---------------------------------------------------------------- split
SPLIT = [
    ("The U.S. government said so. Russia denied it.",
     ["The U.S. government said so.", "Russia denied it."]),
    ("Mr. Smith met Gov. Brown on Sept. 9 in Washington. They talked.",
     ["Mr. Smith met Gov. Brown on Sept. 9 in Washington.", "They talked."]),
    ("Aid workers delivered 17,000 parcels. Rates rose 5.25% on Monday.",
     ["Aid workers delivered 17,000 parcels.", "Rates rose 5.25% on Monday."]),
    ("\u201cThere is nothing more to say. And that\u2019s tragic,\u201d he said. Then he left.",
     ["\u201cThere is nothing more to say.", "And that\u2019s tragic,\u201d he said.", "Then he left."]),
    ("They chose a military course \u2026 as demonstrated by attacks.",
     ["They chose a military course \u2026 as demonstrated by attacks."]),
    ("US calls off Syria talks\n\nThe talks ended today.",
     ["US calls off Syria talks", "The talks ended today."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("John F. Kennedy was shot in 1963. Nobody forgot.",
     ["John F. Kennedy was shot in 1963.", "Nobody forgot."]),
    ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    ("A line that was hard-wrapped\nin the middle of a sentence. Next.",
     ["A line that was hard-wrapped\nin the middle of a sentence.", "Next."]),
    ("1. It would be fair to give both sides.", ["1. It would be fair to give both sides."]),
    ("First line\r\nSecond line\rThird line", ["First line", "Second line", "Third line"]),
]


@pytest.mark.parametrize("text, expected", SPLIT)
def test_split(text, expected):
    assert sentences(text) == expected


def test_split_cuts_runaway_sentences():
    text = "word " * 1000
    spans = ca.split_sentences(text)
    assert len(spans) > 1
    assert all(e - s <= ca.MAX_SENTENCE_CHARS for s, e, _, _ in spans)


# ---------------------------------------------------------------- boilerplate
BOILERPLATE = [
    ("Home / World / Talks called off", "breadcrumb"),
    ("In Aleppo, a boy and his sister. (Photo taken by UN)", "caption"),
    ("Photo: Jane Doe/Reuters", "caption"),
    ("(H/T: Reuters)", "hat tip"),
    ("Follow HYPELINE on Facebook and Twitter", "share prompt"),
    ("Please enter your name here", "comment form"),
    ("\u00a9 2016 Example News. All rights reserved.", "copyright"),
    ("Advertisement", "page furniture"),
    ("Read more Letters to the Editor.", "reader prompt"),
    ("READ MORE: Talks collapse as strikes go on", "reader prompt"),
    ("Submit your letter to the editor via this form.", "reader prompt"),
    ("Click here to get the morning briefing.", "reader prompt"),
    ("To receive our free email newsletter, click here", "reader prompt"),
    ("Read the full report: a market study for 2020", "reader prompt"),
    ("Have your say: like our page and follow us on Twitter and Instagram", "share prompt"),
    # a page's forms and paywall, and notes on where the story ran
    ("Enter your details below for immediate access.", "sign-up form"),
    ("Take a free trial: registered users can read up to 3 reports.", "sign-up form"),
    ("If you would like a full trial, please fill in the trial request form instead.", "sign-up form"),
    ("Note our system only accepts work email addresses.", "sign-up form"),
    ("The password for your account must be at least 8 characters long.", "sign-up form"),
    ("This article was originally published on the Russian page of the agency.", "publication note"),
    ("____________ Contact Clare: clare@example.com US: (339)-368-6001", "publication note"),
    ("Contact Herald reporter Ann Lee at 555-240-0185 or alee@example.com.", "publication note"),
    ("Reach the newsroom at news@example.org.", "publication note"),
    ("Contact tracing at 5 sites began on Monday, officials said.", None),
    ("The mayor asked residents to fill in the census on time.", None),
    ("Anyone with information can contact police at tips@example.org.", None),
    ("Readers who want more detail can find it in the report.", None),
    ("She said she would submit her letter of resignation on Monday.", None),
    ("Reuters reports:", "label"),
    # credits of a picture, as news pages print them
    ("File photo of the former minister | Photo Credit: AP", "caption"),
    ("Picture: PA", "caption"),
    ("The mayor making her speech outside the town hall. Picture: PA", "caption"),
    ("Picture by Jane Doe AP/Press Association Images", "caption"),
    ("(Kyodo News via AP).", "caption"),
    ("View image in full screen The minister speaks in Nara.", "caption"),
    ("Jane Roe / Reuters", "caption"),
    ("The minister spoke to Reuters / AP on Monday.", None),
    ("A trail of devastation is left behind in the city. Picture by Jane Doe AP/Press Association Images", "caption"),
    # an agency's photo caption: what it shows, the day with its year and the place, in either order
    ("Rescue workers search the rubble of a school destroyed in the quake Aug. 25, 2016, in Corvaro, Italy.",
     "caption"),
    ("A fan stands outside the stadium before the match in Moenchengladbach, Germany, Wednesday, 11 March, 2020.",
     "caption"),
    # a story dates an event "of", "since" or "on" it
    ("The center stands two blocks from the site of the attacks of Sept. 11, 2001, in New York City.", None),
    ("The talks resumed in Geneva, Switzerland, on Monday after a break since March 3, 2019.", None),
    # labels, bylines, bios, menus
    ("PHOTOS: Deadly Quake Strikes Central Italy", "label"),
    ("MORE: Must-see photos of the week", "label"),
    ("Source: QNA", "label"),
    ("Source: the ministry said the figure was higher than reported last year.", None),
    ("This story is over 5 years old.", "label"),
    ("Key Points", "label"),
    ("By Lena Marsh, Harbour Gazette", "byline"),
    ("By the end of the day the talks had collapsed.", None),
    ("Reporting by Ana Ruiz in Lima; Editing by Tom Reed", "byline"),
    ("Additional reporting by Tom Reed in London.", "byline"),
    ("Reporting by The Herald found that the minister had misled parliament.", None),
    ("The Associated Press contributed to this report.", "byline"),
    ("Ana Ruiz contributed reporting from Lima.", "byline"),
    ("Posted by Ana Ruiz on March 4, 2024", "byline"),
    ("Caption: Residents wade through the flooded street.", "caption"),
    ("Have a news tip? Email us at tips@example.com.", "reader prompt"),
    ("Download our free news app for breaking news alerts.", "reader prompt"),
    ("Support our journalism. Donate today.", "reader prompt"),
    ("Get the latest headlines delivered to your inbox.", "sign-up form"),
    ("Editor's note: This story has been updated with the latest figures.", "publication note"),
    ("Correction: An earlier version of this story misstated the date of the vote.", "publication note"),
    ("Correction officers said the inmate was moved on Friday.", None),
    ("We use cookies to improve your experience on our site.", "page furniture"),
    ("Loading...", "page furniture"),
    ("Clint Davis covers entertainment and trending news for the National Desk.", "author bio"),
    ("Jane Doe is a senior reporter for Example News.", "author bio"),
    ("Meet the honorees \u2b50 Start the day smarter \u2600\ufe0f March news \U0001f3c0 More", "navigation"),
    ("Send this page to someone via email", "share prompt"),
    ("Share this article", "share prompt"),
    ("Read or Share this story: https://www.example.com/story/news/2020/01/10/vote/4962603002/", "share prompt"),
    ("July 08, 2022 08:37 IST", "timestamp"),
    ("Home", "page furniture"),
    ("Published: 14:03 BST, 5 October 2016 | Updated: 16:20 BST, 5 October 2016", "timestamp"),
    ("Sunday 9 October 2016 08.00 BST", "timestamp"),
    ("Talks end on Monday at 5 pm, officials said.", None),
    ("At 5, the talks ended.", None),
    ("The ministry said the talks had ended.", None),
    ("The United States and Russia have been on opposing sides.", None),
]


@pytest.mark.parametrize("line, reason", BOILERPLATE)
def test_boilerplate_line(line, reason):
    text = "Headline here\n\nA first sentence of the story.\n\n" + line + "\n\nThe story goes on."
    art = ca.parse_article("x.txt", text)
    flagged = {s.text: s.boilerplate for s in art.sentences}
    got = {flagged[t] for t in flagged if t and t in line}
    assert got == {reason}


def test_comment_section_runs_to_the_end():
    text = ("Talks end\n\nThe talks ended on Monday.\n\nComments\n\n"
            "1. Great article. I agree.\n\nPlease enter your comment!")
    art = ca.parse_article("x.txt", text)
    reasons = [s.boilerplate for s in art.sentences]
    assert reasons[:2] == [None, None]
    assert set(reasons[2:]) == {"comment section"}


def test_repeats_and_twice_printed_lines():
    text = ("Talks end\n\nThe talks ended.\nTalks end\n\nLink to a story (NY Times)\n"
            "Link to a story (NY Times)\n\nThe end came fast.")
    art = ca.parse_article("x.txt", text)
    reasons = [(s.text, s.boilerplate) for s in art.sentences]
    assert reasons == [("Talks end", None), ("The talks ended.", None), ("Talks end", "repeated line"),
                       ("Link to a story (NY Times)", "printed twice"),
                       ("Link to a story (NY Times)", "repeated line"), ("The end came fast.", None)]
    assert art.title == "Talks end" and art.headline == 0


# ---------------------------------------------------------------- quotes
# (text, quotation, speaker as named nearest it, the person resolved, role, verb): one row a rule.
QUOTES = [
    ("\u201cWe will go on,\u201d Kirby added.", "We will go on,", "Kirby", "Kirby", None, "added"),
    ("\u201cWe will go on,\u201d U.S. State Department spokesman John Kirby said in a statement.",
     "We will go on,", "John Kirby", "John Kirby", "U.S. State Department spokesman", "said"),
    ('"It is over," said Mayor Jane Doe.', "It is over,", "Jane Doe", "Jane Doe", "Mayor", "said"),
    ("The ministry responded by saying it \u201cregretted\u201d the decision.", "regretted",
     "ministry", "ministry", None, "saying"),
    ("\u201cA deal is near\u201d that was agreed in May, the State Department announced on Monday.",
     "A deal is near", "State Department", "State Department", None, "announced"),
    ("\u201cNow, clearly, it failed,\u201d Maria Zakharova, a spokeswoman for the ministry said.",
     "Now, clearly, it failed,", "Maria Zakharova", "Maria Zakharova", "spokeswoman for the ministry", "said"),
    ("Prices rose, according to the Interfax news agency, by \u201ca lot\u201d.", "a lot",
     "Interfax news agency", "Interfax news agency", None, "according to"),
    # a pronoun is the person the story last named, not only the last speaker
    ('Mayor Ana Ruiz took the podium on Monday. "We will rebuild the town," she said.',
     "We will rebuild the town,", "Ana Ruiz", "Ana Ruiz", "Mayor", "said"),
    # a speaker, an apposition, then the verb
    ('John Smith, a spokesman for the ministry, said "the talks are over for now."',
     "the talks are over for now.", "John Smith", "John Smith", "spokesman for the ministry", "said"),
    ("Ana Ruiz, the mayor's press secretary, told reporters \u201cwe are doing all we can.\u201d",
     "we are doing all we can.", "Ana Ruiz", "Ana Ruiz", "mayor's press secretary", "told"),
    ('Lis Smith, a spokeswoman for the campaign, said, "The ad is dishonest and hypocritical."',
     "The ad is dishonest and hypocritical.", "Lis Smith", "Lis Smith", "spokeswoman for the campaign", "said"),
    # middle initials stay in the name; lower-case roles before it are the role
    ('"We need a better deal for workers," said Robert E. Lighthizer.', "We need a better deal for workers,",
     "Robert E. Lighthizer", "Robert E. Lighthizer", None, "said"),
    ('"It is a dream come true," said researcher Carlos Ruiz, who led the work.', "It is a dream come true,",
     "Carlos Ruiz", "Carlos Ruiz", "researcher", "said"),
    # the speaker in the next sentence when the quotation ends its own with ? or !
    ('"Why now?" Collins asked. The vote is on Friday.', "Why now?", "Collins", "Collins", None, "asked"),
    # two apostrophes close a double mark, as typewritten copy writes it
    ('"We will rebuild every home,\'\' Ortiz said. Work begins in May.', "We will rebuild every home,",
     "Ortiz", "Ortiz", None, "said"),
    # ... or trails off, as a question does
    ('"If only we had known \u2026" Hale said, trailing off.', "If only we had known \u2026", "Hale", "Hale", None,
     "said"),
    ('"If only we had known ..." Hale said, his voice breaking.', "If only we had known ...", "Hale", "Hale", None,
     "said"),
    # "said X, who added that ..."; the naming verbs and participles: the subject speaks
    ('"It is a disaster," said Bloomberg, who added that "we deserve a lot better than this."',
     "we deserve a lot better than this.", "Bloomberg", "Bloomberg", None, "added"),
    ('Sen. Ted Cruz on Friday lashed out at Donald Trump, accusing him of "doing the bidding of his friends."',
     "doing the bidding of his friends.", "Sen. Ted Cruz", "Sen. Ted Cruz", None, "accusing"),
    ('Mr. Santorum did not back down, saying, "I think the president has a very bad record."',
     "I think the president has a very bad record.", "Mr. Santorum", "Mr. Santorum", None, "saying"),
    ('Biden was quick to retort: "With all due respect, that is a bunch of malarkey."',
     "With all due respect, that is a bunch of malarkey.", "Biden", "Biden", None, "retort"),
    ('In a statement, the ministry said: "The border will stay closed until further notice."',
     "The border will stay closed until further notice.", "ministry", "ministry", None, "said"),
    ('Trump tweeted: "The fake news media is working overtime today."',
     "The fake news media is working overtime today.", "Trump", "Trump", None, "tweeted"),
    ('Her lawyer quoted Delgado as telling his team: "I am innocent of all of this."',
     "I am innocent of all of this.", "Delgado", "Delgado", None, "quoted"),
    # present tense and other reporting verbs
    ('"We have done nothing wrong at all," the company says.', "We have done nothing wrong at all,",
     "company", "company", None, "says"),
    ('"This is not over by any means," Ms. Chen insists.', "This is not over by any means,",
     "Ms. Chen", "Ms. Chen", None, "insists"),
    ('"The results were robust," NOAA scientists said.', "The results were robust,",
     "NOAA scientists", "NOAA scientists", None, "said"),
    # a name is resolved to the fullest the article gives, with its role
    ('U.S. State Department spokesman John Kirby spoke on Monday. "It is over for now," Kirby said.',
     "It is over for now,", "Kirby", "John Kirby", "U.S. State Department spokesman", "said"),
    # verbs and adverbs before a name are no role; a group is no person; a weekday is no name
    ('President Obama formally endorsed Hillary Clinton on Thursday, saying she has "the courage to lead."',
     "the courage to lead.", "Obama", "Obama", "President", "saying"),
    ('"We will win this fight for sure," Republicans said.', "We will win this fight for sure,",
     "Republicans", "Republicans", None, "said"),
    ('Michael Bloomberg spoke at the Democratic National Convention Wednesday. "I am a New Yorker," he said.',
     "I am a New Yorker,", "Michael Bloomberg", "Michael Bloomberg", None, "said"),
    # a participle whose sentence opens with no speaker: the first person the clause names
    ('It came after Boehner chided Obama on Friday, accusing the president of having "wasted another week."',
     "wasted another week.", "Boehner", "Boehner", None, "accusing"),
    # a definite description is the person last named
    ('Police pulled Pietro Tarli from the rubble. "I had to go on living," the 71-year-old said.',
     "I had to go on living,", "Pietro Tarli", "Pietro Tarli", "71-year-old", "said"),
    # a capital before a name, with no office in it, is no role
    ('Enter Ms. Lowe, who never minced words. "We are not amused by any of this," she wrote.',
     "We are not amused by any of this,", "Lowe", "Lowe", None, "wrote"),
    # an occupation before a name is the role; a word opening the sentence is neither
    ('Lawyer Leila Haddad said the march was "only the beginning of a long fight."',
     "only the beginning of a long fight.", "Leila Haddad", "Leila Haddad", "Lawyer", "said"),
    ('After reporter Mia Scott asked about the deal, Ruiz walked out. "I was stunned by that," Scott said.',
     "I was stunned by that,", "Scott", "Mia Scott", "reporter", "said"),
    ('"We want our jobs back and we want them now," chanted the protesters.',
     "We want our jobs back and we want them now,", "protesters", "protesters", None, "chanted"),
    ("It\u2019s the farmers\u2019 market, not \u2018the place we used to know\u2019 here.",
     "the place we used to know", None, None, None, None),
    # a suffix is part of the name, and an office word before it is too
    ('"This is a tragedy for all of us," Martin Luther King Jr. said.', "This is a tragedy for all of us,",
     "Martin Luther King Jr.", "Martin Luther King Jr.", None, "said"),
    # "according to" and "as X put it" after the quotation, or before it
    ('"We will rebuild every home," according to Mayor Helen Ortiz.', "We will rebuild every home,",
     "Helen Ortiz", "Helen Ortiz", "Mayor", "according to"),
    ('As Ana Diaz put it, "nobody saw it coming."', "nobody saw it coming.", "Ana Diaz", "Ana Diaz", None, "put"),
    # a full stop inside an initialism does not end the speaker; a name in capitals after a comma
    ('"This is a tragedy," said the U.N. refugee agency, UNHCR.', "This is a tragedy,",
     "U.N. refugee agency", "U.N. refugee agency", None, "said"),
    # naming verbs
    ('Grandi hailed the deal as "a major step forward."', "a major step forward.", "Grandi", "Grandi", None,
     "hailed"),
    # a document or an office speaks for the one it is of
    ('"We are disappointed by the decision," read a statement from Tom Reed\'s office.',
     "We are disappointed by the decision,", "Tom Reed", "Tom Reed", None, "read"),
    ("Reed\u2019s statement said: \u201cWe are disappointed by the decision.\u201d",
     "We are disappointed by the decision.", "Reed", "Reed", None, "said"),
    ('Tom Reed left early. His letter said: "I am sorry for the delay."', "I am sorry for the delay.",
     "Tom Reed", "Tom Reed", None, "said"),
    # a speaker counted ("one official", "two senior diplomats") is a role, not nobody
    ('"No deal is possible today," one Democratic lawmaker told reporters.', "No deal is possible today,",
     "Democratic lawmaker", "Democratic lawmaker", None, "told"),
    ('"No deal is possible today," said two senior diplomats.', "No deal is possible today,",
     "senior diplomats", "senior diplomats", None, "said"),
    # "could be heard saying"; an executive's title between the company and the name
    ('"No deal is possible today," Ortiz could be heard saying on the video.', "No deal is possible today,",
     "Ortiz", "Ortiz", None, "saying"),
    ('"No deal is possible today," said Acme chief executive Tom Reed.', "No deal is possible today,",
     "Tom Reed", "Tom Reed", "Acme chief executive", "said"),
    # a pronoun skips a person whose courtesy title or given name says the gender does not fit
    ('Tom Reed praised Helen Ortiz on Monday. "We will rebuild every home," she said.', "We will rebuild every home,",
     "Helen Ortiz", "Helen Ortiz", None, "said"),
    # the second half of a quotation split by "said X," is X's too
    ("'We will rebuild,' said Ms Ortiz, 'and we will do it fast.'", "and we will do it fast.",
     "Ms Ortiz", "Ms Ortiz", None, None),
    # a possessive is no speaker alone: "said Reed's wife, Ann"
    ("'It is the worst day of my life,' said Reed's wife, Ann.", "It is the worst day of my life,",
     "Ann", "Ann", "Reed's wife", "said"),
    # a clause of its own after the quotation is not its attribution; the verb before is
    ('Ortiz said the city would "rebuild, whatever it takes," and Reed agreed.', "rebuild, whatever it takes,",
     "Ortiz", "Ortiz", None, "said"),
    # "it" and "they" are the body the sentence before names, when no quotation is nearer
    ('The ministry said the strike hit a depot. "All targets were destroyed," it said in a statement.',
     "All targets were destroyed,", "ministry", "ministry", None, "said"),
    ('Prosecutors said Smith lied. "He knew what he was doing," they wrote in the filing.',
     "He knew what he was doing,", "Prosecutors", "Prosecutors", None, "wrote"),
    # "the statement" is the body the sentence before names; a person's when it names the document
    ('The ministry said the strike hit a depot. "All targets were destroyed," the statement said.',
     "All targets were destroyed,", "ministry", "ministry", None, "said"),
    ('Senator Ann Ruiz issued a statement. "We are appalled," the statement said.', "We are appalled,",
     "Ann Ruiz", "Ann Ruiz", "Senator", "said"),
    # a pull quote signed with a dash
    ('"We will rebuild every home in this city" \u2014 Mayor Helen Ortiz', "We will rebuild every home in this city",
     "Helen Ortiz", "Helen Ortiz", "Mayor", None),
    # a name opening a sentence, then "he told ...," between commas: he speaks, of it
    ('Glenn Beck closed the conference. Progressivism, he told the crowd, is a cancer. "It must be cut out," he said.',
     "It must be cut out,", "Glenn Beck", "Glenn Beck", None, "said"),
    # a sentence adverb opening a sentence is no name ("Indeed", "Moreover")
    ('Dan Senor was blunt on Sunday. Indeed, the party "has lost its way on foreign policy," he said.',
     "has lost its way on foreign policy,", "Dan Senor", "Dan Senor", None, "said"),
    # a role that speaks for someone is who speaks; "according to" a document speaks for its issuer
    ('"We will rebuild every home," a spokesman for Mayor Ortiz said.', "We will rebuild every home,",
     "spokesman for Mayor Ortiz", "spokesman for Mayor Ortiz", None, "said"),
    ('The cost ran to "tens of thousands of dollars," according to a statement released by the Justice Department.',
     "tens of thousands of dollars,", "Justice Department", "Justice Department", None, "according to"),
    ('"We will rebuild," Ortiz said on Monday. "We will rebuild every home," Reed echoed.',
     "We will rebuild every home,", "Reed", "Reed", None, "echoed"),
    # more reporting verbs of news and features
    ('"Not this year, and not next year either," Ortiz answered.', "Not this year, and not next year either,",
     "Ortiz", "Ortiz", None, "answered"),
    ('"We were lucky, and we know it," Ortiz laughed.', "We were lucky, and we know it,", "Ortiz", "Ortiz", None,
     "laughed"),
    # after a verb of hearing, the name before the participle speaks; after any other, the subject
    ('Reed recalled Ortiz saying, "We will rebuild every home."', "We will rebuild every home.", "Ortiz", "Ortiz",
     None, "saying"),
    ('Trump slammed Clinton saying she was "a disaster for the whole country."', "a disaster for the whole country.",
     "Trump", "Trump", None, "saying"),
    # two people named together speak together
    ('Both Ortiz and Reed said they would "rebuild, whatever it takes."', "rebuild, whatever it takes.",
     "Ortiz and Reed", "Ortiz and Reed", None, "said"),
    ('"We will rebuild every home," Helen Ortiz and Tom Reed said in a joint statement.', "We will rebuild every home,",
     "Helen Ortiz and Tom Reed", "Helen Ortiz and Tom Reed", None, "said"),
    # a headline's quotation, then a name and a naming verb: the one named speaks
    ('"A total disgrace to this country" Biden slams Senate plan', "A total disgrace to this country", "Biden",
     "Biden", None, "slams"),
    # the owner of what was said, before a colon, speaks ("Ortiz's message was simple:")
    ('Ortiz\'s message was simple: "We will rebuild."', "We will rebuild.", "Ortiz", "Ortiz", None, None),
    ('Ortiz\'s verdict: "Worse than anything we have seen."', "Worse than anything we have seen.", "Ortiz", "Ortiz",
     None, None),
    ('Tom Reed left early. His response: "Not now, not ever, not here."', "Not now, not ever, not here.",
     "Tom Reed", "Tom Reed", None, None),
    # ... but a verb that is also a noun is the verb: the fans reply
    ('Trump asks who will pay. His adoring fans reply, "Mexico will pay for it!"', "Mexico will pay for it!",
     "adoring fans", "adoring fans", None, "reply"),
    # an account named as the speaker
    ('"We believe so," tweeted @mlopez on Monday.', "We believe so,", "@mlopez", "@mlopez", None, "tweeted"),
    # a name with an Arabic article ("al-Assad"); a rank of two titles; an office longer than a name
    ('"We will not leave," said Bashar al-Assad.', "We will not leave,", "Bashar al-Assad", "Bashar al-Assad",
     None, "said"),
    ('"We will not leave," Khalid al-Amin, spokesman for the interior ministry, told reporters.',
     "We will not leave,", "Khalid al-Amin", "Khalid al-Amin", "spokesman for the interior ministry", "told"),
    ('"The operation is over," army spokesman Lt Col Ravi Menon said.', "The operation is over,",
     "Lt Col Ravi Menon", "Lt Col Ravi Menon", "army spokesman", "said"),
    ('"Two soldiers were hurt," Indian Army Public Relations Officer Lt Col Ravi Menon said.',
     "Two soldiers were hurt,", "Lt Col Ravi Menon", "Lt Col Ravi Menon", "Indian Army Public Relations Officer",
     "said"),
    # "The <office>, <name>,": the office is the role, the name the person
    ('The ACP National Publicity Secretary, Mr Tunde Bakare, spoke in Abuja. He said, "The seat belongs to the party."',
     "The seat belongs to the party.", "Tunde Bakare", "Tunde Bakare", "ACP National Publicity Secretary", "said"),
    # in Title Case a name is not told from the words before a colon
    ("Fans Mourn as Old Harbour Bridge Closes: 'it was a sad day for all of us here'",
     "it was a sad day for all of us here", None, None, None, None),
    # a sentence of one paragraph that ends on its attribution gives the quotation after it
    ('The scheme opens to all staff in May, company spokesman Tom Reed said. "It is a benefit we are proud to offer."',
     "It is a benefit we are proud to offer.", "Tom Reed", "Tom Reed", "company spokesman", "said"),
    ('The fire was out by noon, the mayor, Ann Ruiz, told the Gazette. "We are still counting the cost of it."',
     "We are still counting the cost of it.", "Ann Ruiz", "Ann Ruiz", None, "told"),
    ('The plan was wrong, Bob Hugin, a candidate for Senate in New Jersey, said in a Twitter post. '
     '"We need reform now, not later."', "We need reform now, not later.", "Bob Hugin", "Bob Hugin",
     "candidate for Senate in New Jersey", "said"),
    # "in Ortiz's words" names the speaker whatever the verb; "was quoted as saying"; a passive's agent
    ('The panel is, in Ortiz\'s words, charged with finding "the plain facts" about the fire.', "the plain facts",
     "Ortiz", "Ortiz", None, None),
    ('Tom Reed spoke at the party meeting. "There is no reason for us to stop now," he was quoted as saying.',
     "There is no reason for us to stop now,", "Tom Reed", "Tom Reed", None, "saying"),
    ('The merger is described by Forbes as "a debacle for everyone involved."', "a debacle for everyone involved.",
     "Forbes", "Forbes", None, "described"),
    ('"We will rebuild," Reed was told by Ortiz.', "We will rebuild,", "Ortiz", "Ortiz", None, "told"),
    # a document of a body speaks for it; a verb's form after "his final Facebook" is a noun
    ('The White House report disputed any claim of "impropriety in the talks."', "impropriety in the talks.",
     "White House", "White House", None, "disputed"),
    ('Lopez stoked speculation in his final Facebook post of the year, in which he teased "many big announcements."',
     "many big announcements.", "Lopez", "Lopez", None, "teased"),
    # "read" after a noun is its past tense; someone described by whose they are; "they" after
    # a sentence that ends ", officials said."
    ("\u201cHer work was without equal in this city,\u201d a statement from the museum read.",
     "Her work was without equal in this city,", "museum", "museum", None, "read"),
    ('"He gets nothing more than a warning for it," Reed\'s mother said.',
     "He gets nothing more than a warning for it,",
     "Reed's mother", "Reed's mother", None, "said"),
    ('Two soldiers were killed in the district on Monday, officials said. "The attackers were stopped at the border,"'
     ' they said.', "The attackers were stopped at the border,", "officials", "officials", None, "said"),
    # a verb, then an office and a name; "the Bulldogs" and "New Year's Day" are no one "he" stands for
    ('"All the puppies were living in filth," said SPCA branch manager Candace Buchamer in a news release.',
     "All the puppies were living in filth,", "Candace Buchamer", "Candace Buchamer", "SPCA branch manager", "said"),
    ('"We will not be stopped," said Representative Jo Ruiz of Texas.', "We will not be stopped,", "Jo Ruiz",
     "Jo Ruiz", "Representative", "said"),
    ('The Bulldogs lost last year and coach Kirby Smart wants revenge. "It is a one-game season for us," he said.',
     "It is a one-game season for us,", "Kirby Smart", "Kirby Smart", None, "said"),
    ('The final is set for New Year\'s Day in Pasadena. "It is a new season for all of us," he said.',
     "It is a new season for all of us,", None, None, None, "said"),
    # a passive naming verb with no agent names a term, not a speaker
    ('The race is most commonly referred to as "the toughest in the whole world," and it starts on Monday.',
     "the toughest in the whole world,", None, None, None, None),
    # a verb, a role, then the name after a comma; "the spokesman" is one so described, not the
    # last person named
    ('"Check your gear between rivers," says Hull\'s Clean Rivers advocate, Teegan Moore.',
     "Check your gear between rivers,", "Teegan Moore", "Teegan Moore", "Hull's Clean Rivers advocate", "says"),
    ('A spokesperson for the police said the men were held. He said Sam Reed, a resident of Hull, filed the '
     'complaint. "The men were arrested after a long search," the spokesman said.',
     "The men were arrested after a long search,", "spokesman", "spokesman", None, "said"),
    # an unnamed source described at length; "another elderly man"; a name, an age and a clause
    ("\u201cIt is not all on the coach,\u201d a source with knowledge of the team's thinking said on Saturday.",
     "It is not all on the coach,", "source with knowledge of the team's thinking",
     "source with knowledge of the team's thinking", None, "said"),
    ('Another elderly man said simply, "Maybe I can help with the roof."', "Maybe I can help with the roof.",
     "elderly man", "elderly man", None, "said"),
    ("\u201cI went back to my desk and heard the shots,\u201d Tom Reed, 17, who works at the gas station about 500 "
     "feet from the bank, said.", "I went back to my desk and heard the shots,", "Tom Reed", "Tom Reed", None, "said"),
    # a title quoted inside the apposition; a statement put out, then the quotation; an office's
    # party and state left open in brackets
    ("\u201cShe is the last great icon of the 1950s,\u201d Jo Ruiz, co-author of \u201cBettie: A Life,\u201d said in "
     "a 1996 interview.", "She is the last great icon of the 1950s,", "Jo Ruiz", "Jo Ruiz", None, "said"),
    ("Ruiz released a statement through the team late on Tuesday. \u201cYesterday I was stopped by an officer on "
     "the road.\u201d", "Yesterday I was stopped by an officer on the road.", "Ruiz", "Ruiz", None, None),
    ('"The law protects the freedom of religion," reads a statement from Senate Majority Leader Harry Reid\'s office '
     '(D-Nev.).', "The law protects the freedom of religion,", "Harry Reid", "Harry Reid", "Senate Majority Leader",
     "reads"),
    # "Nobody" is no one "he" can be; "the officers involved" are many, no one person; an office
    # and a name after an opening clause; a profession before a name is a role
    ('Nobody has the right to violence, the minister said. "It was a raw and murderous act," he told the crowd.',
     "It was a raw and murderous act,", None, None, None, "told"),
    ('Sixteen-year-old Tom Reed was shot. According to the officers involved in the shooting, the teenager moved '
     '"suspiciously, and fast."', "suspiciously, and fast.", "officers involved in the shooting",
     "officers involved in the shooting", None, "according to"),
    ('By way of declining to give the figures of the offer to Ortiz, team president Stan Kasten said, "There are '
     'bargains, but luxury goods are still dear."', "There are bargains, but luxury goods are still dear.",
     "Stan Kasten", "Stan Kasten", "team president", "said"),
    ("Actor Leonardo DiCaprio said strike concerns are hitting \u201ceveryone in this town.\u201d",
     "everyone in this town.", "Leonardo DiCaprio", "Leonardo DiCaprio", "Actor", "said"),
    # two people named with their offices (and parties) speak together, by their names
    ('"He is unfit for office," House Majority Leader Jo Cabe (D) and Assistant House Majority Leader Sara Gill (D)'
     ' said in a statement.', "He is unfit for office,", "Jo Cabe and Sara Gill", "Jo Cabe and Sara Gill", None,
     "said"),
    # what the quotation is, then who said it; a name in capitals after the quotation
    ('"Worse than anything we have seen," is how Ortiz described the damage.', "Worse than anything we have seen,",
     "Ortiz", "Ortiz", None, None),
    ('"We will rebuild every home" \u2014 that was the promise Ortiz made on Monday.', "We will rebuild every home",
     "Ortiz", "Ortiz", None, None),
    ('"No deal is possible today," ORTIZ said.', "No deal is possible today,", "ORTIZ", "ORTIZ", None, "said"),
    # a plural owner's document; "is shown saying"; a body's clause before a colon
    ("\u201cNow that we have won, we need to keep going,\u201d FreedomWorks\u2019 website said Friday.",
     "Now that we have won, we need to keep going,", "FreedomWorks", "FreedomWorks", None, "said"),
    ('"Every day that passes, the danger grows," Mr. Reed is shown saying in the ad.',
     "Every day that passes, the danger grows,", "Mr. Reed", "Mr. Reed", None, "saying"),
    ("The Harbour Times also chimed in: \u201cThe town is more than divided enough without this.\u201d",
     "The town is more than divided enough without this.", "Harbour Times", "Harbour Times", None, "chimed in"),
    # a subject, then an aside of a participle; a document "by" its author; a question, then
    # a long sentence that opens on its attribution
    ("Rep. Tom Reed was angry. Then, the congressman, speaking in a whisper, said the man was \u201cnot man "
     "enough\u201d and added: \u201cI\u2019ll break you in half.\u201d", "I\u2019ll break you in half.",
     "Tom Reed", "Tom Reed", "congressman", "added"),
    ("A young man, dressed in a jacket and tie, approached him on a sidewalk, saying: \u201cHi, how are you "
     "today?\u201d", "Hi, how are you today?", "young man", "young man", None, "saying"),
    ('But the report, by White House Counsel Ann Ruiz, concluded that "the claims rest on factual errors."',
     "the claims rest on factual errors.", "Ann Ruiz", "Ann Ruiz", "White House Counsel", "concluded"),
    ("\u201cHow about the mayor starts it off?\u201d Mr. Reed was quoted as saying, playing peacemaker and showing "
     "deference to the mayor.", "How about the mayor starts it off?", "Mr. Reed", "Mr. Reed", None, "saying"),
    # a verb that reports a clause ("said that ...") reaches the quotation inside it; a name "of"
    # a place, a party and state, a who-clause between commas are no speaker
    ('Summers said that he does not think that Congress would take a step that "materially increases the risk of'
     ' a stall."', "materially increases the risk of a stall.", "Summers", "Summers", None, "said"),
    ("Representative Kurt Reed of Oregon, who backed the bill, said after the vote that unless the party changed "
     "course and adopted \"a working man's agenda,\" it should expect defeat.", "a working man's agenda,",
     "Kurt Reed", "Kurt Reed", "Representative", "said"),
    ('Rep. Peter King, R-N.Y., who opposes the project, said Monday that the White House softened its stance because'
     ' it heard "pushback from other Democrats."', "pushback from other Democrats.", "Rep. Peter King",
     "Rep. Peter King", None, "said"),
    # "his recent claims" is a noun; "Mattis once told" a verb after an adverb
    ('He defended his recent claims that federally provided education was "anachronistic and wasteful," Santorum '
     'said.', "anachronistic and wasteful,", "Santorum", "Santorum", None, "said"),
    ('A new book reported that Mattis once told staffers that the president has the understanding of "a fifth- or '
     'sixth-grader."', "a fifth- or sixth-grader.", "Mattis", "Mattis", None, "told"),
    # a full stop for the comma, then the attribution alone; "as Mr. Smythe pointed out"; "as the
    # mayor put it"; "X on Saturday accused"; an aside between commas after the verb
    ('"Our forces may find themselves subject to lawsuits in foreign courts." Obama wrote in a letter on Tuesday.',
     "Our forces may find themselves subject to lawsuits in foreign courts.", "Obama", "Obama", None, "wrote"),
    ("But, as Mr. Smythe pointed out, \u201cthe committees of jurisdiction determine the details\u201d in law.",
     "the committees of jurisdiction determine the details", "Mr. Smythe", "Mr. Smythe", None, "pointed out"),
    ('Mayor Ann Ruiz spoke. "We will not go home tonight," as the mayor put it.', "We will not go home tonight,",
     "Ann Ruiz", "Ann Ruiz", "mayor", "put"),
    ("The row grew, and Trump on Saturday accused the sites of \u201cclosing down the opinions of many people.\u201d",
     "closing down the opinions of many people.", "Trump", "Trump", None, "accused"),
    ("Mr. Biden grinned and said to Ryan, after waiting a beat to let the moment sink in, \u201cSo, now you\u2019re "
     "Jack Kennedy?\u201d", "So, now you\u2019re Jack Kennedy?", "Mr. Biden", "Mr. Biden", None, "said"),
    # "deemed" names what it calls
    ('Bloomberg spoke for an hour. He deemed the plan "a con" and "a disaster in the making."',
     "a disaster in the making.", "Bloomberg", "Bloomberg", None, "deemed"),
    # a role named without a name, then what describes it: the role speaks
    ('"I saw smoke," the witness, a 34-year-old nurse, said.', "I saw smoke,", "witness", "witness", None, "said"),
    ('"The water rose too fast," the official, who asked not to be named, said.', "The water rose too fast,",
     "official", "official", None, "said"),
    ('The report, released Tuesday by the agency, said the dam was "poorly maintained."', "poorly maintained.",
     "report", "report", None, "said"),
    ('The next morning, a spokesman said the firm was "looking into it."', "looking into it.",
     "spokesman", "spokesman", None, "said"),  # a time before the role, not a role described
    # a title's full stop is no sentence's end; an office held before, as a prefix, is the office
    ('"We oppose this," said the Rev. Al Sharpton.', "We oppose this,", "Rev. Al Sharpton", "Rev. Al Sharpton",
     None, "said"),
    ('"We oppose this," said then-Secretary of State Hillary Clinton.', "We oppose this,", "Hillary Clinton",
     "Hillary Clinton", "Secretary of State", "said"),
    ('Then-President Donald Trump said: "We oppose this."', "We oppose this.", "Donald Trump", "Donald Trump",
     "President", "said"),
    # reporting verbs of two words
    ('"The numbers speak for themselves," Raj Patel shot back.', "The numbers speak for themselves,",
     "Raj Patel", "Raj Patel", None, "shot back"),
    ('Raj Patel spoke for an hour. He went on: "The numbers speak for themselves."',
     "The numbers speak for themselves.", "Raj Patel", "Raj Patel", None, "went on"),
    # a role given in an apposition is the one "the spokesman" means later
    ('Tom Reyes, a police spokesman, spoke on Monday. Later, the spokesman added: "We have 40 divers."',
     "We have 40 divers.", "Tom Reyes", "Tom Reyes", "spokesman", "added"),
    # a person "of" a place is the person
    ('Senator Chuck Schumer of New York, the Democratic leader, spoke first. "I would not trust him," he said.',
     "I would not trust him,", "Chuck Schumer", "Chuck Schumer", "Senator", "said"),
    # an office "of" what it is of, then the name: the office is the role, not a person of a place
    ('"The talks were useful," U.S. Secretary of State Ana Ruiz told reporters.', "The talks were useful,",
     "Ana Ruiz", "Ana Ruiz", "U.S. Secretary of State", "told"),
    ('Minister of Foreign Affairs Ana Ruiz said: "The talks were useful."', "The talks were useful.",
     "Ana Ruiz", "Ana Ruiz", "Minister of Foreign Affairs", "said"),
    ('"The talks were useful," said Secretary of Homeland Security Ana Ruiz.', "The talks were useful,",
     "Ana Ruiz", "Ana Ruiz", "Secretary of Homeland Security", "said"),
    # one who speaks for a person, before the verb as after it: the spokesperson, not the person
    ('A spokesperson for Ruiz said the governor "will not back down."', "will not back down.",
     "spokesperson for Ruiz", "spokesperson for Ruiz", None, "said"),
    ('An aide to Gov. Ana Ruiz said she "will not back down."', "will not back down.",
     "aide to Gov. Ana Ruiz", "aide to Gov. Ana Ruiz", None, "said"),
    # "the company", "the ministry": the body named before, when it may be that body
    ('Acme Corp said profits fell. "It was a hard year for all of us," the company said.',
     "It was a hard year for all of us,", "company", "Acme Corp", None, "said"),
    ("Russia's foreign ministry said the talks had failed. \"There is nothing more to say,\" the ministry said.",
     "There is nothing more to say,", "ministry", "Russia's foreign ministry", None, "said"),
    ('Police said two men were held. "We are looking for a third man," the company said.',
     "We are looking for a third man,", "company", "company", None, "said"),
    ('"It is a matter of freedom," said Jim Manley, a top adviser to Mr. Reid.', "It is a matter of freedom,",
     "Jim Manley", "Jim Manley", "top adviser to Mr. Reid", "said"),  # a title's full stop in an apposition
    # a paragraph run into the one before it (as extracted pages are): the mark after the full stop opens
    ("The park spanned seven blocks.\"It's a moment that unites us,\" said Julia Diamond, the director.",
     "It's a moment that unites us,", "Julia Diamond", "Julia Diamond", "director", "said"),
    # an -ed word before an office is an adjective of it; a press release's name, office, employer
    ('"Patch it now," said Trend Micro advanced threat researcher Paul Ferguson.', "Patch it now,",
     "Paul Ferguson", "Paul Ferguson", "Trend Micro advanced threat researcher", "said"),
    ('Ben Stephenson, Controller, BBC Drama Commissioning says: "We started thinking Peter might be right."',
     "We started thinking Peter might be right.", "Ben Stephenson", "Ben Stephenson", "Controller", "says"),
    # a role of someone's is no one named before ("the church's minister" is not the governor)
    ("Gov. Sarah Palin attended a service. According to the church's minister, \"We have no idea what caused it\".",
     "We have no idea what caused it", "church's minister", "church's minister", None, "according to"),
    # "the president's chief demand": a noun, not the verb
    ('Corker said that if Republicans gave in to the president\'s chief demand, then "all of a sudden the shift '
     'goes back to entitlements."', "all of a sudden the shift goes back to entitlements.", "Corker", "Corker",
     None, "said"),
    # the subject of a relative clause speaks: "the fire, which police have said they treat as"
    ('Crews searched the rubble of the fire, which police have said they are treating as "potentially suspicious."',
     "potentially suspicious.", "police", "police", None, "said"),
    # one described by what follows ("one young man, a helmet over his hair")
    ('"What I feel is anger," said one young man, a plastic helmet covering his hair.', "What I feel is anger,",
     "young man", "young man", None, "said"),
    # the one a closing attribution names is who the next "he" is
    ("Whatever Khartoum alleges is baseless, President Salva Kiir said. He later added: \"We are committed to "
     "peace.\"", "We are committed to peace.", "Salva Kiir", "Salva Kiir", "President", "added"),
    # a unit is a body; "It added:" after a body's quotation is that body
    ('CNN reported the rescue. "The boys are safe," the Thai Navy Seal unit said. It added: "We are proud of every '
     'diver."', "We are proud of every diver.", "Thai Navy Seal unit", "Thai Navy Seal unit", None, "added"),
    # a source and what it knows of; a group with what it is of, bare
    ('Two people familiar with the matter said the deal was "all but done."', "all but done.",
     "people familiar with the matter", "people familiar with the matter", None, "said"),
    ('A source close to the talks said it was "a matter of days."', "a matter of days.",
     "source close to the talks", "source close to the talks", None, "said"),
    ('The fire "started in the kitchen," according to fire officials.', "started in the kitchen,",
     "fire officials", "fire officials", None, "according to"),
    ('In the complaint, prosecutors say Reed "lied repeatedly."', "lied repeatedly.", "prosecutors",
     "prosecutors", None, "say"),
    # a name that is also a common word, right after the quotation, is a name
    ('"I just hit it," Park, 23, said of his winner.', "I just hit it,", "Park", "Park", None, "said"),
    # an aside of where or when between the body and its verb; quoted by an agency as saying
    ('The ministry, in a statement on Sunday, said the talks were "constructive."', "constructive.",
     "ministry", "ministry", None, "said"),
    ('"We have no information," Peskov was quoted by the TASS news agency as saying.', "We have no information,",
     "Peskov", "Peskov", None, "saying"),
    # a name, a verb in the past, a name: the subject is the first ("she": Ann, not Luis)
    ('Ann Cole met Luis Ponce at noon. "This is a tragedy," she said.', "This is a tragedy,", "Ann Cole",
     "Ann Cole", None, "said"),
    # a quotation signed with a dash after its full stop; two joined by "but", one attribution
    ('"The water rose too fast." \u2014 Dana Hill, resident', "The water rose too fast.", "Dana Hill", "Dana Hill",
     "resident", None),
    ('"It was a hard year" but "we are ready," Wu said.', "It was a hard year", "Wu", "Wu", None, "said"),
    # "told a long listener that": the clause it reports reaches the quotation
    ("Clark told a House hearing on the administration's last-minute environmental rules that the changes remove "
     "\"a system of checks and balances.\"", "a system of checks and balances.", "Clark", "Clark", None, "told"),
    # a naming verb reaches past a long object ("called the slaying of ... two")
    ('Hickok called the slaying of the newlywed deputy and father of two "a cold-blooded, vicious murder."',
     "a cold-blooded, vicious murder.", "Hickok", "Hickok", None, "called"),
    # "It" after a one-word name's statement, no body named: that name
    ('TallGrass issued a statement saying it was "deeply saddened." It described Mr. Banky as "a compassionate and '
     'dedicated leader."', "a compassionate and dedicated leader.", "TallGrass", "TallGrass", None, "described"),
    # "the Spaniard": one so described, named before; passengers, fans, workers: groups
    ('Pep Guardiola was happy. "We deserved to win," the Spaniard said.', "We deserved to win,", "Pep Guardiola",
     "Pep Guardiola", "Spaniard", "said"),
    ('"It was terrifying," passengers told reporters.', "It was terrifying,", "passengers", "passengers", None,
     "told"),
    # an age between the name and the role
    ('Ann Cole, 52, the police chief, said: "We will not stop until we find them."',
     "We will not stop until we find them.", "Ann Cole", "Ann Cole", "police chief", "said"),
    ("\u00bbWir haben keine andere Wahl gehabt\u00ab, sagte Merkel.", "Wir haben keine andere Wahl gehabt",
     None, None, None, None),
    ("Il a dit \u00abnous ne reviendrons jamais ici\u00bb hier soir.", "nous ne reviendrons jamais ici",
     None, None, None, None),
    # a name's first word, where the family name comes first ("Lee said" after "Lee Jung-mi"), or a
    # leader called by a given name ("Tesfaye"), is the person the article named whole; not a body's
    # name ("Fox News" is not the Fox who says)
    ('Chief Justice Lee Jung-mi read the ruling. "There is no will to defend the Constitution," Lee said.',
     "There is no will to defend the Constitution,", "Lee", "Lee Jung-mi", "Chief Justice", "said"),
    ('WHO chief Tesfaye Alemu Bekele spoke in Geneva. "This is an emergency," Tesfaye said.',
     "This is an emergency,", "Tesfaye", "Tesfaye Alemu Bekele", "WHO chief", "said"),
    ('The Fox News host spoke first. "I am not going to pay," Fox said.', "I am not going to pay,", "Fox", "Fox",
     None, "said"),
    # a plural's possessive inside a single-quoted passage ("the players' decision") closes
    # nothing; a title's close before a lower-case word does ("'the losers' and left")
    ("Tom Reed said: 'It's the players' decision, not mine.'", "It's the players' decision, not mine.",
     "Tom Reed", "Tom Reed", None, "said"),
    ("'We kept the players' spirits up,' Reed said.", "We kept the players' spirits up,", "Reed", "Reed", None,
     "said"),
    # one of a party, as a story calls someone it named before
    ('Sen. Tom Berg spoke first. "We are not done," the Ohio Republican said.', "We are not done,",
     "Tom Berg", "Tom Berg", "Ohio Republican", "said"),
    ('Rep. Ana Patel criticized the bill. "It is a giveaway," the Democrat said.', "It is a giveaway,",
     "Ana Patel", "Ana Patel", "Democrat", "said"),
    # lower-case particles open a family name; an owner before a name is the role
    ('"We will invest," von der Leyen said.', "We will invest,", "von der Leyen", "von der Leyen", None, "said"),
    ('Mohammed bin Salman spoke in Riyadh. "We will invest," bin Salman said.', "We will invest,", "bin Salman",
     "Mohammed bin Salman", None, "said"),
    ('"This is a sad day," says Amnesty International\'s Agnes Callamard.', "This is a sad day,", "Agnes Callamard",
     "Agnes Callamard", "Amnesty International's", "says"),
    # an aside in parentheses between the name and the verb
    ('Ortiz (who spoke for an hour) said: "We will rebuild."', "We will rebuild.", "Ortiz", "Ortiz", None, "said"),
    # an adjective after "a" before a name describes the moment: no role
    ('"We lost everything," a tearful Diaz said.', "We lost everything,", "Diaz", "Diaz", None, "said"),
    # ... but a role with its body stays one ("a senior official of the Home Ministry")
    ('"We have sought a report," a senior official of the Home Ministry said.', "We have sought a report,",
     "senior official of the Home Ministry", "senior official of the Home Ministry", None, "said"),
    # an office in capitals or of the courts before a name is the role
    ('"It is a great day for the company," Apple CEO Tim Cook said.', "It is a great day for the company,",
     "Tim Cook", "Tim Cook", "Apple CEO", "said"),
    ('Prosecutor Ana Ruiz told jurors: "He is a dangerous man."', "He is a dangerous man.", "Ana Ruiz", "Ana Ruiz",
     "Prosecutor", "told"),
    # "the Liverpool boss" (a singular in -ss) is one so described, named before
    ('J\u00fcrgen Klopp was pleased. "We played well," the Liverpool boss said.', "We played well,",
     "J\u00fcrgen Klopp", "J\u00fcrgen Klopp", "Liverpool boss", "said"),
    # a body in capitals that spells "who"; the one a news agency "quoted as saying"
    ('"The vaccine is safe," the WHO said.', "The vaccine is safe,", "WHO", "WHO", None, "said"),
    ('"The vaccine is safe," state media quoted Ruiz as saying.', "The vaccine is safe,", "Ruiz", "Ruiz", None,
     "saying"),
    # a source "familiar with" or "close to" something is described with it
    ('"We will not back down," said a person familiar with the matter.', "We will not back down,",
     "person familiar with the matter", "person familiar with the matter", None, "said"),
    # a question, then who asked it: "questioned" reports it
    ('"What do they consider to be the border?" Isaacs questioned, noting the map was old.',
     "What do they consider to be the border?", "Isaacs", "Isaacs", None, "questioned"),
]

# Titles and terms in quotation marks are not quotations, unless someone is said to say them.
NOT_QUOTES = [
    "The film \u201cParasite\u201d won the top prize.",
    "It beat \u201cOnce Upon a Time in Hollywood\u201d and \u201cThe Irishman,\u201d both big films.",
    "The so-called \u201creform\u201d passed in May.",
    "The \u2018Cessation of Hostilities\u2019 deal of September collapsed.",
    "Rock 'n' roll was born in the '50s, and the players' union said nothing about 'em.",
    # a name given ("a movie called", "so called"), not words someone said
    'A movie called "The Notorious Bettie Page" was released in 2005.',
    'The region sits in a zone so called "the Pacific Ring of Fire" where plates meet.',
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_titles_and_terms_are_not_quotations(text):
    assert ca.parse_article("x.txt", text).quotes == ()


# A title inside reporting (a programme after a possessive, a book after "his memoir,", a
# name after "the") is no quotation, and the speaker is still read past it; capitalised
# words someone says, after a verb, stay quotations.
TITLES_IN_REPORTING = [
    ('"This is a tragedy," Fauci told CBS\'s "Face the Nation."', [("This is a tragedy,", "Fauci")]),
    ('Fauci said on NBC\'s "Meet the Press" that "this is a tragedy."', [("this is a tragedy.", "Fauci")]),
    ('Fauci, appearing on ABC\'s "This Week," said the outbreak was "a tragedy for the country."',
     [("a tragedy for the country.", "Fauci")]),
    ('"This is a tragedy," Fauci wrote in his memoir, "On Call."', [("This is a tragedy,", "Fauci")]),
    ('Mattis praised the "Defeat ISIS" coalition and warned of "a long fight ahead."',
     [("a long fight ahead.", "Mattis")]),
    ('Boehner admitted there was a "1 in 3" chance of losing.', [("1 in 3", "Boehner")]),
    ('The crowd outside the court kept chanting "Free Them Now" until dusk, police said.',
     [("Free Them Now", "police")]),
]


@pytest.mark.parametrize("text, quotes", TITLES_IN_REPORTING)
def test_titles_in_reporting_are_not_quotations(text, quotes):
    assert [(q.text, q.speaker) for q in ca.parse_article("x.txt", text).quotes] == quotes


@pytest.mark.parametrize("role, cleaned", [
    # what the words around a name leave that is no role: a party and state tag, a state, a
    # country, a time; the conjunction that opened the sentence
    ("D-Va.", None), ("R-S.C.", None), ("N.Y.", None), ("Afghanistan", None), ("Sunday night", None),
    ("But Colorado Attorney General", "Colorado Attorney General"),
    # how someone spoke, not who they are: a participle and the words it governs
    ("speaking from Geneva", None), ("reached by phone on Tuesday", None),
    ("asked whether the panel would finish", None), ("acting director of the agency", "acting director of the agency"),
    # what links the sentence to the one before, or a relative clause: no role
    ("for his part", None), ("meanwhile", None), ("in response", None), ("who is running for re-election", None),
    ("whose campaign is broke", None),
    # a relative clause after the role is what they did: the role ends before it
    ("former police chief who was in charge during the protests", "former police chief"),
    # roles stay as written: "then governor", a nationality, an office with a place
    ("then governor", "then governor"), ("Spaniard", "Spaniard"),
    ("Nebraska Attorney General", "Nebraska Attorney General"),
])
def test_a_role_is_no_tag_place_or_time(role, cleaned):
    assert ca._clean_role(role) == cleaned


@pytest.mark.parametrize("phrase, name", [
    ("Obama-era", None), ("Republican-led", None), ("Post-Iraq", None), ("R-Ky.", None),
    ("the Obama-era program", None),
    ("Kim Jong-un", "Kim Jong-un"), ("Yvette Townsend-Saunders", "Yvette Townsend-Saunders"),
    ("Senate Majority Leader Mitch McConnell, R-Ky.", "Mitch McConnell"),  # the tag after the name
    ("the Tea Party-inspired", None), ("a month ago", None), ("day the deal", None),
    # a sentence's opening conjunction is no part of a name
    ("But Richard Ben-Veniste", "Richard Ben-Veniste"), ("and Oler", "Oler"),
    ("Day Kimball Hospital", None),  # (a body, not a person: not a time either)
])
def test_a_compound_that_modifies_a_noun_names_no_one(phrase, name):
    spk = ca._parse_speaker(phrase)
    assert (spk.name if spk is not None and spk.person else None) == name


def test_a_role_loses_the_conjunction_that_opens_its_sentence():
    (q,) = ca.parse_article("x.txt", 'But Colorado Attorney General Ann Cole said: "We will win this fight."').quotes
    assert (q.speaker, q.speaker_role) == ("Ann Cole", "Colorado Attorney General")


@pytest.mark.parametrize("text, quote, speaker, full, role, verb", QUOTES)
def test_quote_attribution(text, quote, speaker, full, role, verb):
    art = ca.parse_article("x.txt", text)
    found = [q for q in art.quotes if q.text == quote]
    assert found, [q.text for q in art.quotes]
    q = found[0]
    assert art.text[q.start:q.end] == quote
    assert (q.speaker, q.speaker_full, q.speaker_role, q.verb) == (speaker, full, role, verb)


def test_a_title_case_headline_names_no_one():
    head = "Party Leaders Quit After Ridiculing Akin\n\n"
    said = '"I am not leaving this race, whatever they say," Akin said.\n'
    (q,) = ca.parse_article("x.txt", head + "Rep. Todd Akin spoke on Monday.\n\n" + said).quotes
    assert (q.speaker, q.speaker_full) == ("Akin", "Todd Akin")
    (q,) = ca.parse_article("x.txt", head + "The congressman spoke on Monday.\n\n" + said).quotes
    assert (q.speaker, q.speaker_full) == ("Akin", "Akin")


def test_a_short_quotation_with_a_pronoun_speaker_is_kept():
    art = ca.parse_article("x.txt", 'Nora Blake looked at him. "You are impossible," she said.')
    (q,) = art.quotes
    assert (q.text, q.speaker, q.verb) == ("You are impossible,", "Nora Blake", "said")


def test_the_second_half_of_a_split_quotation_continues_the_first():
    art = ca.parse_article("x.txt", '"I am a New Yorker," Bloomberg said, "and we know a con when we see one."')
    assert [(q.speaker, q.continues) for q in art.quotes] == [("Bloomberg", None), ("Bloomberg", 0)]


def test_a_quotation_goes_on_in_the_next_paragraph():
    text = ('Union leader Tomas Brenn spoke on Monday.\n\n"We have been left with no choice at all.\n\n'
            '"We will not go back until we get a fair deal," he said.\n')
    art = ca.parse_article("x.txt", text)
    assert [(q.speaker, q.speaker_role, q.continues) for q in art.quotes] == [
        ("Tomas Brenn", "Union leader", None), ("Tomas Brenn", "Union leader", 0)]


def test_an_introduced_quotation_left_open_is_kept_to_the_paragraph_end():
    art = ca.parse_article("x.txt", 'Moyo continued: "We wish to make it clear that this is no takeover.\n\nNext.')
    (q,) = art.quotes
    assert (q.text, q.speaker) == ("We wish to make it clear that this is no takeover.", "Moyo")


def test_a_curly_quotation_opening_a_sentence_left_open_is_kept_to_the_paragraph_end():
    text = ("\u201cHe left a record of lawsuits,\u201d Bloomberg said. \u201cHe wants to run the nation like "
            "his business? God help us.\n\nThe speech went on.")
    art = ca.parse_article("x.txt", text)
    assert [(q.text, q.speaker) for q in art.quotes] == [
        ("He left a record of lawsuits,", "Bloomberg"),
        ("He wants to run the nation like his business? God help us.", "Bloomberg")]


def test_a_double_prime_closes_a_curly_quotation():
    art = ca.parse_article("x.txt", "\u201cTogether we can grow the business\u2033, said Varga. He left.")
    assert [(q.text, q.speaker) for q in art.quotes] == [("Together we can grow the business", "Varga")]


@pytest.mark.parametrize("a_text, b_text, attribution, speaker", [
    ('"The talks are over for good now," Kirby said.', '"The talks are over for good now," said John Kirby.',
     "speaker named differently", None),
    ('"The talks are over for good now," the State Department said.',
     '"The talks are over for good now," said State Department spokesman John Kirby.',
     "attribution differs in detail", None),
    ('"The talks are over for good now," Kirby said.', '"The talks are over for good now," said Maria Zakharova.',
     None, ("Kirby", "Maria Zakharova")),
    # a quotation reworded is still one quotation: its speakers are compared too
    ('"We are facing a very difficult situation," Interior Minister Ali Demir told reporters.',
     '"We are facing a really hard situation," Health Minister Omer Kaya said.',
     None, ("Ali Demir", "Omer Kaya")),
    # ... but two sayings that share a phrase are two quotations, each its speaker's
    ('"The plan is not covered by the amendment because of the words subject to its jurisdiction," Ann Lowe said.',
     '"We all cherish the amendment, but no court has ruled on the words subject to its jurisdiction," Ben Rao said.',
     None, None),
    # an account is its holder: "@mlopez" / Maria Lopez
    ('"We will rebuild every home in the town," tweeted @mlopez.',
     '"We will rebuild every home in the town," said Maria Lopez.', "speaker named differently", None),
    # one who speaks for others (a spokesman, an aide, a lawyer) against another: a detail
    ('"The First Amendment protects freedom of religion," said Jim Manley, a top adviser to Mr. Reid.',
     '"The First Amendment protects freedom of religion," said Senator Harry Reid.',
     "attribution differs in detail", None),
    ('"The First Amendment protects freedom of religion," said Jim Manley, a spokesman.',
     '"The First Amendment protects freedom of religion," said Senator Harry Reid.',
     "attribution differs in detail", None),
    # a document is no other speaker than the one who wrote it
    ('"We would be remiss if we did not challenge your budget plan," the letter says.',
     '"We would be remiss if we did not challenge your budget plan," said Father Tom Reese.',
     "attribution differs in detail", None),
    # ... nor is one law's text quoted from the amendment and from the constitution that holds it
    ('The 14th Amendment states that "all persons born or naturalized in the United States are citizens."',
     'The Constitution says "all persons born or naturalized in the United States are citizens."',
     "attribution differs in detail", None),
])
def test_speakers_are_compared_as_people(a_text, b_text, attribution, speaker):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    (m,) = ca.compare(a, b).matches
    assert (m.differences.attribution, m.differences.speaker) == (attribution, speaker)
    assert ("speaker differs" in m.differences.flags) is (speaker is not None)


def test_an_inferred_speaker_is_not_called_another_speaker():
    # "she said" after a name is inferred: it may be wrong, so no "another speaker" flag (the
    # quotation is still shared; the speakers are still shown)
    a = ca.parse_article("a.txt", '"We will rebuild every home in the town," Helen Ortiz said.')
    b = ca.parse_article("b.txt", 'Ana Ruiz spoke next. "We will rebuild every home in the town," she said.')
    (m,) = [m for m in ca.compare(a, b).matches if m.kind == "quote"]
    assert [q.inferred for q in b.quotes] == [True] and [q.speaker for q in b.quotes] == ["Ana Ruiz"]
    assert m.differences.speaker is None and "speaker differs" not in m.differences.flags
    c = ca.parse_article("c.txt", '"We will rebuild every home in the town," Ana Ruiz said.')
    (m,) = ca.compare(a, c).matches
    assert m.differences.speaker == ca.Sides("Helen Ortiz", "Ana Ruiz")


def test_the_company_and_its_name_are_one_speaker():
    a = ca.parse_article("a.txt", 'Acme Corp said profits fell. "It was a hard year for all of us," the company said.')
    b = ca.parse_article("b.txt", 'Profits fell at Acme Corp. "It was a hard year for all of us," Acme said.')
    (m,) = [m for m in ca.compare(a, b).matches if m.kind == "quote"]
    assert (m.differences.attribution, m.differences.speaker) == ("speaker named differently", None)


def test_pronoun_and_continued_quote_take_the_last_named_speaker():
    text = ("\u201cIt is over,\u201d said Josh Earnest on Monday. He called it a \u201ctragic\u201d day.\n\n"
            "\u201cThere is nothing more to talk about.\u201d")
    art = ca.parse_article("x.txt", text)
    assert [q.speaker for q in art.quotes] == ["Josh Earnest"] * 3


def test_unbalanced_quotes_do_not_swallow_the_text():
    art = ca.parse_article("x.txt", "He said \u201cyes and then left.\n\nA new paragraph "
                                    "\u201cstarts here and goes on\u201d.")
    assert [q.text for q in art.quotes] == ["starts here and goes on"]


# ---------------------------------------------------------------- clean
FOLD = [
    ("\u201cCease\u2011fire\u201d", '"cease-fire"'),
    ("No\u00a0break", "no break"),
    ("\u2026", "..."),
    ("\ufb01ne", "fine"),  # compatibility ligature
    ("Stra\u00dfe", "strasse"),
    # one name with its diacritics and without: "Mbapp\u00e9" / "Mbappe", "Pe\u00f1a" / "Pena"
    ("Kylian Mbapp\u00e9, Pe\u00f1a Nieto, S\u00e3o Paulo, \u0141\u00f3d\u017a, Nguy\u1ec5n, \u00d8resund",
     "kylian mbappe, pena nieto, sao paulo, lodz, nguyen, oresund"),
    ("Mbappe\u0301", "mbappe"),  # a combining accent after its letter
]


@pytest.mark.parametrize("raw, folded", FOLD)
def test_fold(raw, folded):
    assert ca.fold(raw) == folded


@pytest.mark.parametrize("raw, clean", [
    ("red \x1b[31mtext\x1b[0m", "red text"),
    ("title \x1b]0;pwned\x07here", "title here"),
    ("link \x1b]8;;http://x\x1b\\a\x1b]8;;\x1b\\", "link a"),
    ("bell\x07 and \u202eoverride", "bell and override"),
    ("tab\tand newline\n stay", "tab\tand newline\n stay"),
])
def test_printable(raw, clean):
    assert ca.printable(raw) == clean


# ---------------------------------------------------------------- similarity
def test_similarity_folds_aliases_hyphens_and_stems():
    a = "The U.S. announced a cease-fire with Russia."
    b = "The United States announced a ceasefire with Russia."
    assert ca.similarity(a, b) == 1.0


@pytest.mark.parametrize("same, different", [
    (("12 people were arrested", "21 people were arrested"),
     ("12 people were arrested", "The weather was sunny in Paris")),
    (("Hamas urges Hezbollah to pull fighters out of Syria",
      "Hamas calls on Hezbollah to pull forces out of Syria"),
     ("Hamas urges Hezbollah to pull fighters out of Syria", "Venezuelan president to visit China")),
    (("Russia's foreign ministry regretted the decision",
      "The Russian foreign ministry regrets the decision"),
     ("Russia's foreign ministry regretted the decision", "Russia and Syria have opposing views")),
])
def test_similarity_orders_pairs(same, different):
    assert ca.similarity(*same) > ca.similarity(*different)


@pytest.mark.parametrize("headline, plain", [
    ("Senator slams health plan", "Senator criticizes health plan"),
    ("Police nab bank robbery suspect", "Police arrest bank robbery suspect"),
    ("Lawyer for the family speaks", "Attorney for the family speaks"),
    ("Jailed journalist freed", "Jailed journalist released"),
    ("Lorry crash closes motorway", "Truck crash closes highway"),  # British and American words
    ("Nigerian MP charged with bribery", "Nigerian lawmaker charged with bribery"),
    ("Police hold male suspect after shooting", "Police hold man suspect after shooting"),
    ("Beatty explains the Oscars mixup", "Beatty explains the Oscars blunder"),
    ("The premier will stay in office until June", "The premier will remain in office until June"),
    ("Jury returns verdict in fraud trial", "Jury returns ruling in fraud trial"),
    ("Rebels fire missile at border post", "Rebels fire rocket at frontier post"),
    ("Factory staff walk out over pay", "Factory workers walk out over pay"),
    ("Minister reveals budget details", "Minister discloses budget details"),
    ("Typhoon kills 12 in Manila", "Storm kills 12 in Manila"),
])
def test_words_for_one_thing_meet(headline, plain):
    assert ca.similarity(headline, plain) >= 0.9  # one word of four or five unmatched would give 0.8 at most


# Words that share a key: a demonym is its country; other words keep their own.
SAME_KEY = [
    ("Turkish", "Turkey", True), ("Turks", "Turkey", True), ("Syrian", "Syria", True),
    ("Russians", "Russia", True), ("American", "United States", True), ("Belgian", "Belgium", True),
    ("Dutch", "Netherlands", True), ("Polish", "Poland", True), ("poles", "Poland", False),
    ("Austrian", "Australia", False), ("median", "Media", False),
    ("struck", "strikes", True), ("fell", "falls", True), ("shot", "shooting", True),
    ("found", "finds", False), ("wound", "wind", False),
    ("cessation of hostilities", "ceasefire", True), ("per cent", "percent", True),
    ("Chief Executive Officer", "CEO", True), ("chief financial officer", "CFO", True),
    # phrasal verbs are the plain verb, in each form; their words alone are themselves
    ("stepped down", "resigned", True), ("is stepping down", "is resigning", True),
    ("pulled out", "withdrew", True), ("called off the strike", "cancelled the strike", True),
    ("turned down the offer", "rejected the offer", True), ("passed away", "died", True),
    ("was gunned down", "was killed", True), ("a step down", "a step", False),
    # British spellings meet American ones; words spelt -ise by both keep their family.
    ("defence", "defense", True), ("hospitalised", "hospitalized", True), ("labourers", "laborers", True),
    ("centres", "centers", True), ("analysed", "analyzed", True), ("organisation", "organization", True),
    ("favourite", "favorite", True), ("programme", "program", True), ("practise", "practice", True),
    ("paediatric", "pediatric", True), ("criticised", "critics", True),
    ("televised", "television", True), ("surprised", "surprising", True), ("foes", "fees", False),
    # News abbreviations are the words they shorten, unless the short form is a word too.
    ("in Tulsa, Okla.", "in Tulsa, Oklahoma", True), ("Calif man", "California man", True),
    ("up 5 pct", "up 5 percent", True), ("$9.5 bn", "$9.5 billion", True), ("govt", "government", True),
    ("Sen. Rand Paul", "Senator Rand Paul", True), ("he fell ill.", "he fell Illinois", False),
    # A sum's scale run into its figure; a bare "m" is a million only after a currency sign.
    ("$53m", "$53 million", True), ("\u00a32bn", "\u00a32 billion", True), ("5.5bn euros", "5.5 billion euros", True),
    ("$965M", "$965 million", True), ("100m sprint", "100 million sprint", False),
    # ... or before what it counts (COUNTED_BY_SCALE): "7m people", not "10m deep"
    ("7m people", "7 million people", True), ("1.2m barrels", "1.2 million barrels", True),
    ("10m deep", "10 million deep", False),
    ("up 5%", "up 5 percent", True), ("down 0.26pc", "down 0.26 per cent", True),
    ("President al-Assad", "President Assad", True), ("at-large", "large", False),
    # A courtesy title (British papers' "Mr Smith", American ones' "Smith") is no word of the claim.
    ("said Mr Smith", "said Smith", True), ("said Mrs. Smith", "said Smith", True),
]


@pytest.mark.parametrize("word, other, same", SAME_KEY)
def test_word_keys(word, other, same):
    assert ([t.key for t in ca.profile(word).content] == [t.key for t in ca.profile(other).content]) == same


def test_a_phrase_of_words_is_not_a_name():
    assert [t.kind for t in ca.profile("a cessation of hostilities at 5 per cent").content] == [
        "word", "number", "word"]


def test_a_capitalised_abbreviation_is_a_name_as_its_word_would_be():
    assert [(t.key, t.kind) for t in ca.profile("An Okla. inmate died").content][0] == ("oklahoma", "name")
    assert ca.profile("An Okla. inmate died").content[0][:2] == (3, 8)  # the dot is the word's


def test_demonym_matches_its_country():
    a, b = "Police clash with protesters in Turkey", "Turkish police clash with protesters"
    assert ca.similarity(a, b) > ca.similarity(a, "Greek police clash with protesters")


# How a hyphenated word reads: as its parts, or as one word.
COMPOUNDS = [
    ("asylum-seekers", ["asylum", "seeker"]), ("tornado-ravaged", ["tornado", "ravag"]),
    ("US-Russia", ["unitedstates", "russia"]), ("pro-Morsi", ["pro", "morsi"]),
    ("cease-fire", ["ceasefir"]),  # a word the synonym table knows whole
    ("e-mail", ["email"]), ("re-open", ["reopen"]),  # a bare prefix
    ("al-Assad", ["assad"]), ("el-Sisi", ["sisi"]),  # the Arabic article: outlets drop it
    ("first-degree", ["firstdegre"]), ("two-thirds", ["twothird"]),  # no count in a compound
    ("rebel-heldAleppo", ["rebel", "hold", "aleppo"]), ("UN-backed", ["unitednations", "back"]),
]


@pytest.mark.parametrize("word, keys", COMPOUNDS)
def test_compound_words(word, keys):
    assert [t.key for t in ca.profile(word).content] == keys


# "one" and "first" count, unless a pronoun or an adverb: then two sentences that share them share nothing.
ONES = [
    ("One person died in the fire.", ["1", "person", "die", "fire"]),
    ("Only one person died.", ["1", "person", "die"]),
    ("The one with the cap left.", ["cap", "left"]),
    ("It is one of the best schools.", ["best", "school"]),
    ("They helped one another.", ["help", "anoth"]),
]


ONES += [
    # "first" as an adverb is no ordinal: "first posted", "at first", "she first met"
    ("The interview was first posted online.", ["interview", "post", "onlin"]),
    ("At first, nobody came.", ["nobodi", "come"]),
    ("It was the first time in years.", ["1st", "time", "year"]),
]


@pytest.mark.parametrize("text, keys", ONES)
def test_one_as_a_number_or_a_pronoun(text, keys):
    assert [t.key for t in ca.profile(text).content] == keys


def test_compound_parts_meet_the_words_apart():
    a = "Australia returns asylum-seekers to Sri Lanka"
    assert ca.similarity(a, "Australia returns asylum seekers to Sri Lanka") == 1.0
    assert ca.profile("the rebel-held city").content[0].start == 4  # offsets stay in the word


# Opposite directions of one claim score lower than the claim retold, and lower than the
# same sentences without the opposed words.
OPPOSED = [
    ("Tokyo stocks close higher", "Tokyo stocks close lower", "Tokyo stocks end higher"),
    ("Polls open in the presidential election", "Polls close in the presidential election",
     "Polls opened in the presidential election"),
    ("FAA lifts ban on flights to Tel Aviv", "FAA extends ban on flights to Tel Aviv",
     "FAA lifted its ban on flights to Tel Aviv"),
    ("EU lifts sanctions on Belarus", "EU maintains sanctions on Belarus", "EU lifted its sanctions on Belarus"),
    ("The yuan strengthens against the dollar", "The yuan weakens against the dollar",
     "The yuan strengthened against the dollar"),
]


@pytest.mark.parametrize("a, opposed, retold", OPPOSED)
def test_opposed_words_lower_the_score(a, opposed, retold):
    assert ca.similarity(a, opposed) < ca.similarity(a, retold)
    pa, pb = ca.profile(a), ca.profile(opposed)
    assert ca._opposed(pa.poles, pb.poles) and ca._opposed(pb.poles, pa.poles)
    assert not ca._opposed(pa.poles, ca.profile(retold).poles)


# A compound sentence shares one of its claims: the clause pair carries the score.
COMPOUND = ("The minister blamed the rebels for the bombing of the hospital, and foreign officials later "
            "suggested that a drone launched from a base near the northern border could have carried out "
            "the separate attack on a crowded vegetable market in the old town.")
SIMPLE = "Rebels denied responsibility for it, but the minister has blamed them for bombing the hospital."


def test_a_clause_of_a_compound_sentence_pairs():
    assert len(ca._clauses(COMPOUND)) == 2 and len(ca._clauses(SIMPLE)) == 2
    assert ca._clauses("Police arrested 12 people and charged them on Monday.") == ()
    a = ca.parse_article("a.txt", "Hospital bombed\n\n" + COMPOUND + "\n")
    b = ca.parse_article("b.txt", SIMPLE + "\n\nThe weather was fine on Tuesday in the capital city.\n")
    (with_clauses,) = [m for m in ca.compare(a, b).matches if m.kind == "claim"]
    assert dict(with_clauses.parts)["clause"] == with_clauses.score > 0.6
    (whole,) = [m for m in ca.compare(a, b, tuning=ca.Tuning(clause_factor=0.0)).matches if m.kind == "claim"]
    assert dict(whole.parts)["clause"] == 0.0 and whole.score < with_clauses.score


def test_pair_overlap_is_the_aligner_coverage():
    """similarity() takes a short way for one pair; it must agree with the general one."""
    pairs = [("Police said 12 people were arrested on Monday.", "Officials said 21 people were held Monday."),
             ("Hamas urges Hizbullah to pull fighters out of Syria", "Hamas calls on Hezbollah to pull forces out"),
             ("The U.S. blamed Russia for the attack.", "Russia and Syria have not taken responsibility.")]
    a, b = ca.load_articles([str(SEEDS)])
    pairs += [(x.text, y.text) for x in a.sentences for y in b.sentences]
    for a, b in pairs:
        pa, pb = ca.profile(a), ca.profile(b)
        assert ca._pair_overlap(pa, pb) == ca._coverage(pa, pb, ca._Lexicon([*pa.kinds, *pb.kinds]))


def test_similarity_is_symmetric_and_bounded():
    pairs = [("A convoy was hit by an airstrike.", "An airstrike hit the aid convoy, killing 20."),
             ("", "Something"), ("!!!", "???")]
    for a, b in pairs:
        s = ca.similarity(a, b)
        assert 0.0 <= s <= 1.0
        assert s == ca.similarity(b, a)


# Stand-ins for a word, best first (ties by spelling): close spellings, long shared prefixes.
LOOSE = [
    ("hezbollah", ["hizbollah", "hizbullah", "hezbolah"], ["hezbolah", "hizbollah"]),
    ("russia", ["russian", "rush"], ["russian"]),
    ("month", ["month5", "mont"], ["mont"]),  # a word never matches a date key
    ("12", ["21", "120"], []),  # nor does a number match another number
]


@pytest.mark.parametrize("key, vocabulary, expected", LOOSE)
def test_loose_matches(key, vocabulary, expected):
    lex = ca._Lexicon([key, *vocabulary])
    assert [near for near, _ in lex.loose(key)] == expected


def test_variant_matrix_gives_the_same_table_as_the_word_by_word_search():
    words = sorted({ca._word_key(w)[0] for w in (
        "Hezbollah Hizbollah Hizbullah Gaddafi Qaddafi Kadhafi Russia Russian Russians ceasefire "
        "cease-fire ceasfire Aleppo Alepo government governments governing Zelensky Zelenskyy "
        "airstrike airstrikes strike striking convoy convoys humanitarian humanitarians Syria "
        "Syrian Moscow Muscovite negotiate negotiation negotiators talks talking").split()})
    by_word = ca._Lexicon(words, matrix_words=10**9)
    by_matrix = ca._Lexicon(words, matrix_words=0, matrix_rows=7)  # several blocks, and hits across them
    assert by_matrix._variants is not None and by_word._variants is None
    tables = [{w: lex.loose(w) for w in words} for lex in (by_word, by_matrix)]
    assert tables[0] == tables[1]
    assert any(tables[0].values())


def test_a_quotation_over_two_sentences_pairs_the_sentence_that_tells_the_other():
    a = ca.parse_article("a.txt", 'The actor spoke on stage. "That is why I looked at you so long. '
                                  'I was not trying to be funny at all," he said.')
    b = ca.parse_article("b.txt", 'Reporters waited. "I was not trying to be funny at all," the actor said.')
    pairs = [(m.a, m.b) for m in ca.compare(a, b).matches if m.kind == "quote"]
    assert pairs == [((2,), (1,))]


def test_a_phrase_both_quote_pairs_sentences_told_in_other_words():
    # the same scare-quoted word on both sides lifts a pair that shares little else to the
    # threshold, and the evidence says by how much; without the marks it stays possible
    a_text = ("Floods hit the north on Monday.\n\nA spokesman said on state television that the army was "
              "targeting \u201ccriminals\u201d close to the president.")
    b_text = ("Markets fell sharply in Asia.\n\nHis troops were only going after \u201ccriminals\u201d around the "
              "leader, the general added in his address.")
    result = ca.compare(ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text))
    (m,) = result.matches
    assert (m.a, m.b, m.score) == ((1,), (1,), ca.DEFAULT_THRESHOLD)
    parts = dict(m.parts)
    assert parts == ca.to_dict(result)["matches"][0]["evidence"]["parts"]
    assert 0 < parts["phrase"] < ca.DEFAULT_THRESHOLD - ca.SHARED_PHRASE_FLOOR + 1e-9
    plain = ca.compare(ca.parse_article("a.txt", a_text.replace("\u201c", "").replace("\u201d", "")),
                       ca.parse_article("b.txt", b_text.replace("\u201c", "").replace("\u201d", "")))
    assert plain.matches == () and [(p.a, p.b) for p in plain.possible] == [((1,), (1,))]


@pytest.mark.parametrize("times, pairs", [(1, 1), (ca.SHARED_PHRASE_MAX_TIMES, ca.SHARED_PHRASE_MAX_TIMES ** 2),
                                          (ca.SHARED_PHRASE_MAX_TIMES + 1, 0)])
def test_a_phrase_quoted_many_times_on_a_side_joins_nothing(times, pairs):
    # a phrase every sentence quotes is no one statement, and the pairs it would give grow as
    # the square of the sentences: past SHARED_PHRASE_MAX_TIMES it is passed over
    a = "\n\n".join(f"Officer {k} said the unit was targeting \u201ccriminals\u201d in town {k}." for k in range(times))
    b = "\n\n".join(f"Soldier {k} said they hunted \u201ccriminals\u201d near village {k}." for k in range(times))
    sides = [ca._side(ca.parse_article(name, text)) for name, text in (("a.txt", a), ("b.txt", b))]
    assert len(ca._same_phrases(*sides)) == pairs


def test_a_sentence_takes_a_few_second_pairs_at_most():
    # one sentence given six times over on each side (datelines apart) is not thirty-six
    # facts: each copy keeps its pair and at most SECOND_PAIRS_MAX more
    s = "All twelve boys and their coach were rescued from the flooded cave on Tuesday, the navy said."
    text = "\n\n".join(f"PLACE{k}: {s}" for k in range(6))
    result = ca.compare(ca.parse_article("a.txt", text), ca.parse_article("b.txt", text))
    for side in ("a", "b"):
        per = Counter(i for m in result.matches for i in getattr(m, side))
        assert max(per.values()) == 1 + ca.SECOND_PAIRS_MAX, per


def test_number_conflict_still_pairs_and_is_flagged():
    a = ca.parse_article("a.txt", "Police said 12 people were arrested on Monday.")
    b = ca.parse_article("b.txt", "Police said 21 people were arrested on Monday.")
    result = ca.compare(a, b)
    assert len(result.matches) == 1
    assert result.matches[0].differences.numbers == (("12",), ("21",))
    assert "numbers differ" in result.matches[0].differences.flags


@pytest.mark.parametrize("text, numbers", [
    # a figure and its scale are one number, however it is written; the scale stays a word
    ("Some 1.5 million people fled.", ["1500000"]),
    ("Some 1,500,000 people fled.", ["1500000"]),
    ("Two million people fled.", ["2000000"]),
    ("The deal is worth $26.2bn.", ["26200000000"]),
    ("Half a million people fled.", ["500000"]),
    ("A quarter million people fled.", ["250000"]),
    # no scale after it: a fraction is a word ("half of the city")
    ("Half of the city fled.", []),
    # an ordinal in words is the ordinal in figures
    ("It was the eleventh day of talks.", ["11th"]),
    # a number spelt in words is one number: tens and units, hundreds, dozens
    ("Twenty-five people were hurt.", ["25"]),
    ("More than four dozen food trucks came.", ["48"]),
    ("Three hundred and fifty people fled.", ["350"]),
    ("Two hundred thousand people fled.", ["200000"]),
    # ... but words that spell no one number stay apart ("one or two", a count then a count)
    ("One or two people fled, then three, four.", ["1", "2", "3", "4"]),
])
def test_a_figure_and_its_scale_are_one_number(text, numbers):
    assert [key for _, _, key, kind in ca.profile(text).tokens if kind == "number"] == numbers


@pytest.mark.parametrize("a_text, b_text, numbers", [
    # an age in apposition is that person's: two people's ages do not conflict, one person's do
    ("Prince Frederik, 51, and Queen Margrethe attended the reception on Thursday.",
     "Princess Marie, 43, and Queen Margrethe, 79, attended the reception on Thursday.", ((), ())),
    ("John Smith, 45, was arrested in Leeds on Monday.", "John Smith, 46, was arrested in Leeds on Monday.",
     (("45",), ("46",))),
    # "at the age of 77" is an age, not the weeks of another figure
    ("David Stern died on Wednesday three weeks after a brain hemorrhage.",
     "David Stern died on Wednesday at the age of 77 after a brain hemorrhage.", ((), ())),
    # a rank is no count: "the third straight time" / "3-0"
    ("Rina Okada was defeated for the third straight time by the program on Saturday.",
     "The program defeated Rina Okada 3-0 on Saturday.", ((), ())),
])
def test_an_age_and_a_rank_are_numbers_of_their_own(a_text, b_text, numbers):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    (m,) = ca.compare(a, b).matches
    assert m.differences.numbers == numbers
    assert ("numbers differ" in m.differences.flags) is bool(numbers[0])


def test_the_same_quantity_written_two_ways_is_no_number_conflict():
    a = ca.parse_article("a.txt", "The storm displaced 1.5 million people on Monday, officials said.")
    b = ca.parse_article("b.txt", "The storm displaced 1,500,000 people on Monday, officials said.")
    (m,) = ca.compare(a, b).matches
    assert m.differences.numbers == ((), ()) and m.score > 0.85
    assert ca.profile("It cost $3.2 billion in aid.").units == (("3200000000", "money"),)


@pytest.mark.parametrize("a_text, b_text, numbers", [
    # one figure told more or less precisely is one figure: no conflict, and it counts as shared
    ("The no side won 50.21% of the vote on Sunday.", "The no side won 50.2% of the vote on Sunday.", ((), ())),
    ("The no side won 50.25% of the vote on Sunday.", "The no side won 50.3% of the vote on Sunday.", ((), ())),
    # ... but a whole number and a decimal are two (a magnitude 6 and a 6.2), as two decimals are
    ("A magnitude 6 quake struck the coast on Sunday.", "A magnitude 6.2 quake struck the coast on Sunday.",
     (("6",), ("6.2",))),
    ("A magnitude 6.8 quake struck the coast on Sunday.", "A magnitude 6.7 quake struck the coast on Sunday.",
     (("6.8",), ("6.7",))),
])
def test_a_figure_rounded_is_the_same_figure(a_text, b_text, numbers):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    (m,) = ca.compare(a, b).matches
    assert m.differences.numbers == numbers
    if not numbers[0]:
        assert m.score == 1.0


def test_a_figure_after_a_measure_counts_what_it_measures():
    assert ca.profile("The toll, which stands at more than 2,000, is expected to rise.").units == (("2000", "toll"),)
    assert ca.profile("The death toll has passed 1,100.").units == (("1100", "toll"),)
    assert ca.profile("Voter turnout was only 37%.").units == (("37", "percent"),)  # a share stays a share
    a = ca.parse_article("a.txt", "The toll, which stands at more than 2,000, is expected to rise.")
    b = ca.parse_article("b.txt", "The death toll has passed 1,100.")
    (m,) = ca.compare(a, b).matches  # one fact, two figures: shared and flagged
    assert m.differences.numbers == (("2,000",), ("1,100",))


@pytest.mark.parametrize("a_text, b_text, differ", [
    # one quantity in two units is compared converted, as news rounds a conversion
    ("The quake struck at a depth of 10km.", "The quake struck at a depth of 6 miles.", False),
    ("The quake struck at a depth of 10km.", "The quake struck at a depth of 20 miles.", True),
    ("The epicentre was 30 miles south of the city.", "The epicenter was about 80 km south of the city.", True),
    ("The fish weighed 20 lbs.", "The fish weighed 9 kilograms.", False),
])
def test_a_quantity_in_another_unit_is_compared_converted(a_text, b_text, differ):
    assert ca._numbers_differ(ca.profile(a_text), ca.profile(b_text)) is differ


@pytest.mark.parametrize("text, units", [
    # a year says when, not how many: no count ("founded in 1970", "the 1988 debate") ...
    ("Two mosques were founded in 1970 and 1985.", (("2", "mosqu"),)),
    ("He used his 1988 debate playbook again.", ()),
    # ... unless it counts something plural
    ("About 2000 troops remain in the country.", (("2000", "troop"),)),
    # a number word with a capital inside a sentence is a name ("Ground Zero", "the First Family")
    ('Obama backed the "Ground Zero mosque" plan.', ()),
])
def test_what_figures_count(text, units):
    assert ca.profile(text).units == units


def test_a_year_is_listed_with_the_dates_not_the_numbers():
    a = ca.parse_article("a.txt", "About 2,400 soldiers have died in the war since the 2001 invasion.")
    b = ca.parse_article("b.txt", "About 2,300 soldiers have died in the war since the invasion.")
    (m,) = ca.compare(a, b).matches
    assert m.differences.numbers == (("2,400",), ("2,300",))


def test_people_counted_by_another_word_for_people_are_counted_alike():
    pa = ca.profile("Some 5,000 people were evacuated from their homes.")
    pb = ca.profile("Authorities evacuated about 15,000 residents.")
    assert ca._numbers_differ(pa, pb)


def test_numbers_of_different_things_do_not_conflict():
    pa, pb = ca.profile("It came two weeks after the raid."), ca.profile("The raid killed 20 people.")
    assert not ca._numbers_differ(pa, pb)


@pytest.mark.parametrize("a_text, b_text", [
    # "no" naming a side of a vote is no negation: quoted, capitalised, after an article
    ('The "no" camp won by 50.21% to 49.78% on Sunday.', "Voters backed the peace deal by 50.21% to 49.78% on Sunday."),
    ("The Yes vote was tipped to win, but the No side won 50.2% of the vote.", "The side won 50.2% of the vote."),
    ("With counting complete, the no vote led with 50.23%.", "With counting complete, the vote led with 50.23%."),
])
def test_no_naming_a_side_of_a_vote_is_no_negation(a_text, b_text):
    assert ca._polarity(ca.profile(a_text), ca.profile(b_text)) is None


def test_no_opening_a_clause_or_a_title_case_headline_still_negates():
    pa = ca.profile("Senate Republicans: No Legislation Until After Tax Cut Extension")
    pb = ca.profile("Senate Republicans Pass Legislation Until After Tax Cut Extension")
    assert ca._polarity(pa, pb) is not None


def test_polarity_flip_is_flagged():
    a = ca.parse_article("a.txt", "The senator voted for the budget bill on Friday.")
    b = ca.parse_article("b.txt", "The senator did not vote for the budget bill on Friday.")
    (m,) = ca.compare(a, b).matches
    assert m.differences.polarity == (False, True)


def test_a_date_conflict_caps_the_score_but_still_pairs():
    a = ca.parse_article("a.txt", "Shares in the company opened lower on Wednesday.")
    b = ca.parse_article("b.txt", "Shares in the company opened lower on Friday.")
    (m,) = ca.compare(a, b).matches
    assert m.score == ca.DATE_CONFLICT_CAP and "dates differ" in m.differences.flags
    assert ca.similarity("Talks resume on Sept. 9", "Talks resume on Sept. 19") == ca.DATE_CONFLICT_CAP
    assert ca.similarity("Talks resume on Friday", "Talks resume on Sept. 9") > ca.DATE_CONFLICT_CAP
    assert ca.similarity("Talks resume on 9 September", "Talks resume on September 10") == ca.DATE_CONFLICT_CAP
    assert ca.similarity("Talks resumed in May 2013", "Talks resumed on May 5") > ca.DATE_CONFLICT_CAP  # a year


def test_a_place_conflict_caps_the_score_but_still_pairs():
    a = ca.parse_article("a.txt", "Germany welcomed the nuclear agreement with Iran on Sunday.")
    b = ca.parse_article("b.txt", "Syria welcomed the nuclear agreement with Iran on Sunday.")
    (m,) = ca.compare(a, b).matches
    assert m.score == ca.PLACE_CONFLICT_CAP and m.differences.only_a == ("Germany",)
    # Not when one names no country the other lacks, and a people is its country.
    assert ca.similarity("Germany and Syria welcomed the agreement", "Syria welcomed the agreement") > 0.4
    assert ca.similarity("German police arrested two men", "Police in Germany arrested two men") == 1.0


@pytest.mark.parametrize("text, months", [
    ("Talks resume in May", ["month5"]), ("Officials may resign", []),
    ("Protesters march on the capital", []), ("He may visit in March", ["month3"]),
    ("in january the talks resumed", ["month1"]),
])
def test_month_words_that_are_also_words_are_months_only_when_capitalised(text, months):
    assert [t.key for t in ca.profile(text).content if t.kind == "date"] == months


@pytest.mark.parametrize("a, b, polarity", [
    ("The senator voted for the bill.", "The senator did not vote for the bill.", (False, True)),
    ("Police arrested 12 people; no one was hurt.", "Police arrested 12 people.", None),  # not shared
    ("Officials would not say when talks resume.", "Talks resume Monday, officials said.", None),  # the telling
    ("The senator, who did not speak, voted for the bill.", "The senator voted for the bill.", None),
    ("The navy not only repelled the attack but seized the boat.", "The navy repelled the attack.", None),
    ("Russia did not immediately confirm the strike.", "Russia confirmed the strike.", (True, False)),
    ("Talks failed to reach a deal.", "Talks reached a deal.", (True, False)),
    ("Palin apologized over her failed bid.", "Palin apologized over her bid.", None),  # an adjective
    # both negate, however far each reaches: no flip
    ("He was found not guilty in state court of the most serious charges.",
     "He was acquitted on the most serious charges.", None),
    ("ISIS claimed the attack without evidence or naming the shooter.",
     "ISIS claimed the attack without providing evidence or even naming the shooter.", None),
    # "cant" typed for "can't" is the same negation
    ("I cant speak for the first death.", "I can't speak for the first death.", None),
    ("The senator didnt vote for the bill.", "The senator voted for the bill.", (True, False)),
])
def test_a_negation_counts_where_it_reaches_what_both_say(a, b, polarity):
    assert ca._polarity(ca.profile(a), ca.profile(b)) == polarity


@pytest.mark.parametrize("a, b, certainty", [
    # one side tells as possible what the other tells as so (HEDGES)
    ("Doctors may let the boys walk around their beds.", "The boys were walking around their beds.", (("may",), ())),
    ("The gunman reportedly fled the city by car.", "The gunman fled the city by car.", (("reportedly",), ())),
    ("The boys were all walking around their beds.", "The boys might soon walk around their beds.", ((), ("might",))),
    ("The minister is unlikely to resign this week.", "The minister will resign this week.", (("unlikely",), ())),
    # both hedge; a hedge of what only one says; "likely" before no "to"; a capital "May"
    ("The minister may resign.", "The minister might resign.", None),
    ("The toll rose to 40 and rescuers said it may climb.", "The toll rose to 40.", None),
    ("A poll of likely voters shows the mayor ahead.", "A poll of voters shows the mayor ahead.", None),
    ("Theresa May will resign on June 7.", "The prime minister will resign on June 7.", None),
    # a hedge in a quotation is the speaker's words, not the outlet's doubt
    ("Ruiz apologized to \u201canyone I may have offended\u201d on Tuesday.",
     "Ruiz apologized to anyone she offended on Tuesday.", None),
    # "could" is no hedge: as often the past of "can"
    ("A reporter said they could hear two bangs.", "A reporter heard two bangs.", None),
])
def test_a_hedge_counts_where_it_reaches_what_both_say(a, b, certainty):
    found = ca._certainty(a, ca.profile(a), b, ca.profile(b))
    assert (tuple(found) if found else None) == certainty


def test_a_hedge_against_a_statement_is_flagged_with_its_words():
    a = ca.parse_article("a.txt", "Doctors may let the boys walk around their hospital beds on Tuesday.")
    b = ca.parse_article("b.txt", "The boys were all walking around their hospital beds on Tuesday.")
    m = ca.compare(a, b).matches[0]
    assert m.differences.flags == ("certainty differs",)
    assert ca._flag_lines(m.differences) == ["certainty: only A hedges (may)"]
    assert ca.to_dict(ca.compare(a, b))["matches"][0]["differences"]["certainty"] == {"a": ["may"], "b": []}


def test_no_before_a_figure_is_a_number_not_a_negation():
    assert not ca.profile("Djokovic, the world No. 1, won the final").negated
    assert ca.profile("There was no. Never.").negated
    assert ca.similarity("The world No. 1 won", "The world number one won") == 1.0


@pytest.mark.parametrize("affirmed, negated, flipped", [
    ("Lawyers said the drugs were untested.", "Lawyers said the drugs had not been tested.", False),
    ("The result was inaccurate, officials said.", "The result was not accurate, officials said.", False),
    ("The drugs were tested, lawyers said.", "The drugs were not tested, lawyers said.", True),
    ("The union voted for the deal.", "The union did not vote for the deal.", True),
])
def test_a_negative_prefix_answers_a_not(affirmed, negated, flipped):
    assert ca._polarity_differs(ca.profile(affirmed), ca.profile(negated)) is flipped
    assert ca._polarity_differs(ca.profile(negated), ca.profile(affirmed)) is flipped


# ---------------------------------------------------------------- align
@pytest.mark.parametrize("b_text, same", [
    # a contraction is the words it stands for: one quotation however an outlet writes it
    ("\"I won't give up,\" said Santos in a televised address.", True),
    ("\"I won\u2019t give up,\" said Santos in a televised address.", True),
    # other words are another quotation
    ("\"We must all go on from here,\" said Santos in a televised address.", False),
])
def test_a_quotation_with_a_contraction_is_the_quotation_without(b_text, same):
    a = ca.parse_article("a.txt", "Santos spoke in a televised address.\n\n\u201cI will not give up,\u201d he said.")
    b = ca.parse_article("b.txt", b_text)
    assert bool(ca._same_quotes(a.quotes, b.quotes)) is same


def test_abridged_quote_pairs_with_the_full_one():
    a = ca.parse_article("a.txt", "\u201cRussia and the regime have chosen a military course \u2026 as shown "
                                  "by attacks on civilian areas,\u201d the ministry said.")
    b = ca.parse_article("b.txt", "\u201cRussia and the regime have chosen a military course, inconsistent "
                                  "with the truce, as shown by attacks on civilian areas,\u201d Kirby said.")
    (m,) = ca.compare(a, b).matches
    assert m.kind == "quote"
    assert m.differences.quote == ca.QuoteChange("abridged", "a") and str(m.differences.quote) == "abridged in a"
    assert m.differences.speaker == ("ministry", "Kirby")
    # seen from the other article, every side swaps: the typed values say which is which
    back = ca.compare(b, a).matches[0].differences
    assert back == m.differences.swapped() and str(back.quote) == "abridged in b"
    assert back.speaker == ca.Sides("Kirby", "ministry") and back.only_a == m.differences.only_b


def test_one_sentence_may_fold_in_two():
    a = ca.parse_article("a.txt", "Acme Corp cut 400 jobs at its Ohio plant and moved its headquarters "
                                  "to Texas last week.")
    b = ca.parse_article("b.txt", "Acme Corp cut 400 jobs at its Ohio plant. It also moved its "
                                  "headquarters to Texas last week.")
    (m,) = ca.compare(a, b).matches
    assert m.a == (0,) and m.b == (0, 1)


def test_names_alone_do_not_make_a_shared_claim():
    a = ca.parse_article("a.txt", "President Bashar al-Assad of Syria met Vladimir Putin in Moscow.")
    b = ca.parse_article("b.txt", "Vladimir Putin says Bashar al-Assad must win the war in Syria.")
    pa, pb = ca.profile(a.sentences[0].text), ca.profile(b.sentences[0].text)
    assert not ca._coverage(pa, pb, ca._Lexicon([*pa.kinds, *pb.kinds])).shares_claim
    assert ca.compare(a, b).matches == ()


def test_the_pair_decides_what_is_a_name():
    # A capital mid-sentence marks a name, unless the other sentence writes the word in lower
    # case; a capital opening a sentence says nothing, but the other sentence may.
    a = "Forecasters say Hurricane Sandy nears the East Coast."
    assert ca.similarity(a, "Hurricane Sandy is bearing down on the east coast.") > 0.6
    assert ca.similarity(a, "Hurricane Sandy is bearing down on the East Coast.") < 0.4
    # A line all in lower case says nothing of what is a name.
    assert ca.similarity(a, "hurricane sandy is bearing down on the east coast.") < 0.4
    assert ca.similarity("Assad met Putin in Moscow", "Putin says Assad must win the war") < 0.3


def test_sentences_of_names_alone_are_the_same_when_the_names_are():
    # Nothing but names on either side: the names are all there is to share.
    assert ca.similarity("Who is Jihadi John?", "Who was 'Jihadi John'?") == 1.0
    assert ca.similarity("The new Cold War", "A new Cold War?") == 1.0
    assert ca.similarity("Who is Jihadi John?", "Jihadi John was seen in Raqqa") < 0.3


def test_hungarian_beats_greedy():
    scores = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.7}
    assert ca._assign(scores, 0.5) == [(0, 1), (1, 0)]


def test_indexed_candidates_give_the_exhaustive_pairs_on_the_seeds(seeds_dir):
    a, b = ca.load_articles([str(seeds_dir)])
    exhaustive = ca.to_json(ca.compare(a, b))
    # the long-text path: candidates from the word index, spelling variants from one cdist matrix
    indexed = ca.Tuning(exhaustive_limit=0, variant_matrix_words=0)
    assert ca.to_json(ca.compare(a, b, tuning=indexed)) == exhaustive


def test_a_section_label_above_the_headline_and_a_byline_below_it_are_set_aside():
    text = "Italy earthquake\n\nAftershocks rattle rescuers as toll rises\n\nEric J. Lyman\n\nThe toll rose to 268.\n"
    art = ca.parse_article("x.txt", text)
    assert [(s.text, s.boilerplate) for s in art.sentences] == [
        ("Italy earthquake", "section label"), ("Aftershocks rattle rescuers as toll rises", None),
        ("Eric J. Lyman", "byline"), ("The toll rose to 268.", None)]
    assert art.title == "Aftershocks rattle rescuers as toll rises"


def test_a_short_headline_before_the_body_is_still_the_headline():
    art = ca.parse_article("x.txt", "Talks end\n\nThe United States suspended talks with Russia on Monday.\n")
    assert art.headline == 0 and art.sentences[0].boilerplate is None


def test_a_page_with_no_line_breaks_is_judged_sentence_by_sentence():
    # One caption phrase in a scraped one-line article must not set aside the whole story.
    text = ("Clippers beat the Kings 124-103 on Sunday. Kawhi Leonard, center, drives past a defender "
            "(AP Photo/Rich Pedroncelli). Leonard scored 32 points in the win. " * 3)
    art = ca.parse_article("x.txt", text)
    reasons = [s.boilerplate for s in art.sentences]
    assert reasons.count("caption") == 3 and reasons.count(None) == 6


@pytest.mark.parametrize("a_text, b_text, flags, quote_words", [
    # a reworded quotation is flagged with the words that differ
    ('"This is a complete disaster for the region," the mayor said.',
     '"This is a total catastrophe for the region," the mayor said.',
     ("quotation worded differently",), (("complete", "disaster"), ("total", "catastrophe"))),
    ('"I have tried three times to deliver it," she said.', '"I tried three times to deliver it," she said.',
     ("quotation worded differently",), (("have",), ())),
    # a contraction is no rewording: one transcript's "I'd" is another's "I would"
    ('"I\'d like to know who those people are, and we won\'t stop asking," he said.',
     '"I would like to know who those people are, and we will not stop asking," he said.', (), ((), ())),
    # cut and reworded: both flags, with the words the cut one has that the whole one lacks
    ('"I will not give up, I will keep seeking peace until the last minute of my term," he said.',
     '"I will not give up, I will keep seeking peace until the last day of my term because that is '
     'the way to leave a better nation for our children," he said.',
     ("quotation shorter in a", "quotation worded differently"), (("minute",), ("day",))),
    # a spelling is no rewording; a cut is "shorter", not reworded
    ('"It can be characterised as a pandemic," he said.', '"It can be characterized as a pandemic," he said.',
     (), ((), ())),
    # what an editor adds in brackets is no one's wording: "[President Trump]" / "@realDonaldTrump"
    ('"Whoever keeps watch on [President Trump] at [the White House] should read it," Reed wrote.',
     '"Whoever keeps watch on [Donald Trump] at WH should read it," Reed wrote.', (), ((), ())),
    ('"The nine Otters (name of their swimming club) and coach are safe," the unit said.',
     '"The nine Otters and coach are safe," the unit said.', (), ((), ())),  # a writer's parenthesis
    ('"You are about to have your own one (sic) in Iraq," the group tweeted.',
     '"You are about to have your own in Iraq," the group tweeted.',
     ("quotation worded differently",), (("one",), ())),
    # a dash written "--" or a number written "one-in-three" is no rewording
    ('"Prior administrations -- both of them -- did the same," he said.',
     '"Prior administrations \u2013 both of them \u2013 did the same," he said.', (), ((), ())),
    ('"There is a one-in-three chance that we could lose the vote," he said.',
     '"There is a 1 in 3 chance that we could lose the vote," he said.', (), ((), ())),
    # one passage in two translations: one quotation a side, the same saying in other words
    ('"The benefits of protecting the constitution that can be earned by dismissing the defendant are '
     'overwhelmingly big," the judge said.',
     '"The negative effects are grave, and the benefits to defending the constitution by removing her from office '
     'are overwhelmingly large," the judge said.', ("quotation worded differently",),
     (("of", "protecting", "that", "can", "be", "earned", "dismissing", "the", "defendant", "big"),
      ("to", "defending", "removing", "her", "from", "office", "large"))),
    # the figure of a name counts nothing, yet two figures beside one name differ
    ("The Boeing 737-800 MAX crashed shortly after takeoff, officials said.",
     "The Boeing 737 Max 8 crashed shortly after takeoff, officials said.", ("numbers differ",), ((), ())),
    ("The plane crashed minutes after takeoff, killing all 157 people on board.",
     "The plane crashed minutes after takeoff, killing all 157 passengers and crew.", (), ((), ())),
    # one flag never hides another: the numbers differ and so do the dates
    ("The death toll rose to 6,301 on Monday, officials said.",
     "The death toll rose to 6,438 on Thursday, officials said.", ("numbers differ", "dates differ"), ((), ())),
    # a name's figure counts nothing ("Flight KQ 417" / "a Boeing 767"), nor is a rank one
    ("Flight KQ 417 crashed near the town of Marel, 48 kilometres from the capital Dunmore.",
     "A Boeing 767 has crashed near the capital Dunmore moments after taking off.", (), ((), ())),
    ("The program has defeated the world champion Rina Okada 3-0 in a best of five match.",
     "The program beats the world champion Rina Okada with a third straight win.", (), ((), ())),
    # a figure after a name's possessive counts what follows it
    ("Banda's 47-year-old wife Ruth has fled the country, according to the broadcaster.",
     "Banda's 46-year-old wife Ruth has fled the country, the broadcaster said.", ("numbers differ",), ((), ())),
    # a bound holds for a figure just past it; a wider gap is another figure
    ("Vantor will buy Quillbook for north of $14 billion, the companies said.",
     "Vantor will buy Quillbook for $14.3 billion, the companies said.", (), ((), ())),
    ("Nearly 50 people were hurt in the blast, police said.",
     "As many as 48 people were hurt in the blast, police said.", (), ((), ())),
    ("More than 500 aftershocks have hit the region since Wednesday, officials said.",
     "Nearly 1,000 aftershocks have hit the region since Wednesday, officials said.", ("numbers differ",), ((), ())),
    # eight digits or more, unseparated, are an identifier (a story's, a telephone's), no count
    ("Ann Lee reported on the council meeting (story 4962603002).",
     "Ann Lee reported on the council meeting (story 4662135002).", (), ((), ())),
    # a negation of stopping reaches no further: the tears came; "did not stop" the attack is no "stopped"
    ("She could not stop the tears as she ended her speech.", "She broke down in tears as she ended her speech.",
     (), ((), ())),
    ("Police did not stop the attack on the convoy.", "Police stopped the attack on the convoy.",
     ("polarity differs",), ((), ())),
    # a price a share, a deal's value: two amounts of money, not one told two ways
    ("Vantor will buy Quillbook for $88 per share in cash, the companies said.",
     "Vantor will buy Quillbook for $14.3 billion in cash, the companies said.", (), ((), ())),
    ("Vantor will buy Quillbook for $14.3 billion, at a share price of $88, the companies said.",
     "Vantor will buy Quillbook for $12 billion, the companies said.", ("numbers differ",), ((), ())),
])
def test_what_differs_in_a_pair(a_text, b_text, flags, quote_words):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    (m,) = ca.compare(a, b).matches
    assert m.differences.flags == flags
    assert m.differences.quote_words == quote_words


def test_word_frequencies_read_from_the_data_file_agree_with_wordfreq(monkeypatch):
    fast = ca._zipf_table()
    assert fast["the"] > 7 > fast["earthquake"] > 3 and "amatrice" not in fast
    monkeypatch.setattr(ca, "_wordfreq_file", lambda: ca.Path("/nonexistent/small_en.msgpack.gz"))
    slow = ca._zipf_table.__wrapped__()  # wordfreq's own reader
    assert slow.keys() == fast.keys()
    assert all(abs(slow[w] - fast[w]) < 0.011 for w in ("the", "earthquake", "minister"))
    assert ca._specificity("Corvaro") == 1.0 and ca._specificity("the") == ca.SPECIFICITY_FLOOR


@pytest.mark.parametrize("text, sentences", [
    # scraped text whose full stops lost their space; not U.S., 3.5, e.g., file names, addresses
    ("It was a relief.Voters in the capital turned out early.",
     ["It was a relief.", "Voters in the capital turned out early."]),
    ("The U.S. grew 3.5 percent, e.g. in Ohio, see report.pdf and www.bbc.co.uk today.",
     ["The U.S. grew 3.5 percent, e.g. in Ohio, see report.pdf and www.bbc.co.uk today."]),
    # a spaced ellipsis is one mark
    ("He waited . . . and then left.", ["He waited . . . and then left."]),
    ("It was calm . . . Then it was not.", ["It was calm . . .", "Then it was not."]),
    # a.m. and p.m. end a sentence before a capital, unless a time zone or a weekday goes on
    ("The meeting began at 9 a.m. Police said it ended at 5 p.m. Eastern time on Monday.",
     ["The meeting began at 9 a.m.", "Police said it ended at 5 p.m. Eastern time on Monday."]),
])
def test_sentence_boundaries_in_news_text(text, sentences):
    assert [text[s:e] for s, e, _, _ in ca.split_sentences(text)] == sentences


@pytest.mark.parametrize("a_text, b_text, flagged", [
    ("The talks ended on Monday, officials said.", "The talks ended on Thursday, officials said.", True),
    # a weekday and a date: the same day for all the text can tell, unless the year shows otherwise
    ("Voters rejected the new charter on Sunday, officials said.",
     "Voters rejected the new charter on October 2, officials said.", False),
    ("Voters rejected the new charter on Sunday, officials said.",
     "Voters rejected the new charter on October 2, 2016, officials said.", False),
    ("Voters rejected the new charter on Monday, officials said.",
     "Voters rejected the new charter on October 2, 2016, officials said.", True),
    # one day written three ways; the year given on one side only
    ("The agency declared an emergency on Wednesday, 11 March, officials said.",
     "The agency declared an emergency on Wednesday, March 11, officials said.", False),
    ("Ruiz said she would stay on until 7th June, officials said.",
     "Ruiz said she would stay on until June 8, officials said.", True),
    ("Six prisoners arrived at the airbase on January 01, 2020, officials said.",
     "Six prisoners arrived at the airbase on Jan 1, officials said.", False),
    ("Six prisoners arrived at the airbase on January 1, 2020, officials said.",
     "Six prisoners arrived at the airbase on January 1, 2019, officials said.", True),
])
def test_dates_are_compared_kind_with_kind(a_text, b_text, flagged):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    (m,) = ca.compare(a, b).matches
    assert ("dates differ" in m.differences.flags) is flagged


@pytest.mark.parametrize("affirmed, negated, flipped", [
    ("He said there was no doubt it was a terror attack.", "He said it was a terror attack.", False),
    ("He was acquitted on the most serious charges.", "He was found not guilty of the most serious charges.", False),
    ("He was held without bail pending his sentencing.", "His sentencing was set for March.", False),
    ("The army denied it was a coup.", "The army said it was not a coup.", False),
    ("He confirmed the report.", "He denied the report.", True),
    # a negation reaches its predicate and the word after, not what its clause says further on
    ("The violations are grave acts that cannot be tolerated in defence of the constitution.",
     "The violations of the constitution are a betrayal of the public trust.", False),
    ("Ruiz was not charged with murder on Monday.", "Ruiz was charged with murder on Monday.", True),
    # a negative prefix says what "not" says
    ("As far as I know it is uncertain whether he was really the driver.",
     "As far as I know it is not certain whether he was really the driver.", False),
    ("The minister was unable to attend the summit in Rome.", "The minister was not able to attend the summit.", False),
    ("Officials were unsure whether the bridge would reopen.",
     "Officials were not sure the bridge would reopen.", False),
    # "not clear whether" tells what is unknown, it negates nothing
    ("It was not immediately clear if the pilot was still answering radio calls.",
     "The pilot was not answering radio calls.", True),
])
def test_negations_as_news_writes_them(affirmed, negated, flipped):
    assert ca._polarity_differs(ca.profile(affirmed), ca.profile(negated)) is flipped


def test_the_version_that_differs_is_the_one_outside_the_majority():
    def link(x, y, flags):
        return ca.Link((x, 0), (y, 0), 0.9, ca.Differences(numbers=(("1",), ("2",))) if flags else ca.Differences())
    nodes = [(0, 0), (1, 0), (2, 0)]
    inside = [link(0, 1, False), link(0, 2, True), link(1, 2, True)]
    assert ca._differing(nodes, inside) == (2,)
    assert ca._differing(nodes[:2], [link(0, 1, True)]) == (0, 1)

    # a quotation cut short in one version: that version differs, the whole ones agree with it
    def cut(x, y, side):
        return ca.Link((x, 0), (y, 0), 0.9, ca.Differences(quote=ca.QuoteChange("shorter", side)))
    assert ca._differing(nodes, [link(0, 1, False), cut(0, 2, "b"), cut(1, 2, "b")]) == (2,)
    assert ca._differing(nodes, [link(0, 1, False), cut(0, 2, "a"), cut(1, 2, "a")]) == ()
    # two versions, one cut: no majority, both differ (as with any two that disagree)
    assert ca._differing(nodes[:2], [cut(0, 1, "a")]) == (0, 1)


def test_of_two_majorities_as_large_the_version_more_articles_tell_wins():
    # 1-2, 2-3 and 0-3 agree; 4 is reworded against 1 and 2. {1, 2}, {2, 3} and {0, 3} are as
    # large; 2 and 3 agree with two each, so {2, 3} is the version most tell, and 4 is
    # flagged against 2: 4 differs (the first pair, {0, 3}, would hide it)
    def link(x, y, flags):
        return ca.Link((x, 0), (y, 0), 0.9, ca.Differences(quote=ca.QuoteChange("worded differently"))
                       if flags else ca.Differences())
    nodes = [(k, 0) for k in range(5)]
    inside = [link(1, 2, False), link(2, 3, False), link(0, 3, False), link(4, 1, True), link(4, 2, True)]
    assert ca._differing(nodes, inside) == (4,)


def test_only_sentences_that_give_it_vote_on_a_version():
    # 1 and 2 give the quotation in two wordings; 0, a paraphrase without it, agrees with
    # both and vouches for neither: no majority, both differ (as any two that disagree)
    def link(x, y, flags):
        return ca.Link((x, 0), (y, 0), 0.9, ca.Differences(quote=ca.QuoteChange("worded differently"))
                       if flags else ca.Differences())
    nodes = [(0, 0), (1, 0), (2, 0)]
    inside = [link(0, 1, False), link(0, 2, False), link(1, 2, True)]
    gives = {(0, 0): frozenset({"polarity"}), (1, 0): frozenset({"polarity", "quote"}),
             (2, 0): frozenset({"polarity", "quote"})}
    assert ca._differing(nodes, inside, gives.get) == (1, 2)
    assert ca._differing(nodes, inside) in ((1,), (2,))  # read without: 0 sides with one of them


def test_of_versions_that_all_differ_the_whole_quotation_is_the_reference():
    # 0 and 1 each cut (and reword) the quotation 2 gives whole, and differ from each other:
    # they differ from 2; 2 is the quotation as it was said
    def link(x, y, quote, words=((), ())):
        return ca.Link((x, 0), (y, 0), 0.9, ca.Differences(quote=quote, quote_words=words))
    nodes = [(0, 0), (1, 0), (2, 0)]
    reworded = ca.QuoteChange("worded differently")
    inside = [link(0, 2, ca.QuoteChange("shorter", "a")), link(1, 2, ca.QuoteChange("shorter", "a"), (("x",), ("y",))),
              link(0, 1, reworded, (("x",), ("y",)))]
    assert ca._differing(nodes, inside) == (0, 1)
    # of two, both differ still
    assert ca._differing(nodes[1:], inside[1:2]) == (1, 2)


def test_a_fact_told_twice_is_one_group():
    def score(u, v):
        return {3: 0.5, 4: 0.1}.get(u[1] if u[0] == 3 else v[1] if v[0] == 3 else -1, 0.3)
    x = [(0, 0), (1, 0), (2, 0), (3, 0)]
    y = [(0, 0), (1, 0), (2, 0), (3, 4)]
    # the same sentence of three articles (all but one of four): one fact; of article 3's
    # two, the nearer the shared ones stays
    assert ca._one_fact_once([x, y], set(), {}, score) == [x]
    # two facts of one lead: they share its sentence in two articles, not all but one
    z = [(0, 0), (1, 0), (2, 2), (3, 2)]
    assert ca._one_fact_once([x, z], set(), {}, score) == [x, z]
    # a sentence folded with a shared one, and the later copy of that one, come along
    w = [(0, 0), (1, 0), (2, 0), (2, 6), (2, 9)]
    mates, copies = {frozenset(((2, 0), (2, 6)))}, {(2, 9): (2, 6)}
    assert ca._one_fact_once([x, w], mates, copies, score) == [sorted(x + [(2, 6), (2, 9)])]


def test_a_group_compares_the_members_no_match_joined():
    # 3 gives another toll; the alignment of 0 with 3 paired the soldiers, not the tolls,
    # but inside the toll's group every two members are compared: 0 against 3 is flagged
    # (not matched), so the report explains 3's version against each of the others
    texts = ["Floods killed 41 people in the north of the country on Monday, officials said. "
             "The army sent 300 soldiers to help with the rescue.",
             "Officials said 41 people were killed by the floods in the north on Monday. "
             "The army sent 300 soldiers to help.",
             "Monday's floods in the north killed 41 people, officials said. "
             "Some 300 soldiers were sent by the army to help.",
             "Floods in the north killed 14 people on Monday and the army sent 300 soldiers to help with the rescue, "
             "officials said."]
    arts = [ca.parse_article(f"{k}.txt", t) for k, t in enumerate(texts)]
    toll = next(g for g in ca.compare(*arts).groups if g.members[0] == (0, 0))
    assert toll.differs == (3,)
    links = {(link.a[0], link.b[0]): link for link in toll.links}
    assert not links[0, 3].direct
    assert links[0, 3].differences.numbers.a == ("41",) and "14" in links[0, 3].differences.numbers.b
    assert all(links[k, 3].differences.flags == ("numbers differ",) for k in (0, 1, 2))
    doc = ca.to_dict(ca.compare(*arts))
    assert [d["matched"] for d in doc["groups"][0]["differences"]] == [True, True, False]


def test_a_headline_pairs_with_the_lead_of_an_article_that_has_none():
    a = ca.parse_article("a.txt", "Boeing 767 crashes in Dunmore with 212 on board\n\n"
                                  "The airline said the flight left the capital at 8.38 am.\n")
    b = ca.parse_article("b.txt", "A Valdor Air Boeing 767 with 212 on board crashed near Dunmore "
                                  "on Sunday, the airline said. All on board died, it said.\n")
    assert a.headline == 0 and b.headline is None
    heads = [(m.a, m.b) for m in ca.compare(a, b).matches if m.kind == "headline"]
    assert heads == [((0,), (0,))]
    assert all(m.kind != "headline" for m in ca.align(a, b, leads=False).matches)


def test_a_short_line_below_the_headline_is_a_subheading():
    text = ("Okoro shot during a speech\n\nFormer prime minister Ada Okoro was shot on Friday.\n\n"
            "Longest-serving prime minister\n\nOkoro served two terms.\n\n* Police arrested a man\n")
    art = ca.parse_article("x.txt", text)
    assert [s.boilerplate for s in art.sentences] == [None, None, "subheading", None, None]


@pytest.mark.parametrize("text, speakers", [
    # a page split the speaker's name into a paragraph of its own after the verb
    ('"It means everything to each of us," said\n\n\n\nAndrea Beltran, 42. "I waited decades for this."',
     ["Andrea Beltran", "Andrea Beltran"]),
    # a role newly introduced is not the person last given that role
    ('Dunmore police chief Karl Brandt spoke on Monday. "We have the wrong man," a senior police chief told '
     'the newspaper.', ["senior police chief"]),
    # a quotation of two sentences, then one more from the same speaker
    ('When Omar Vance opened the folder, he looked confused. "I want to tell you what happened. '
     'I opened the folder," he explained. Reyes had won. "That is why I took such a long look at you."',
     ["Omar Vance", "Omar Vance"]),
    # a name inside a quotation is no one the story names ("New Yorker" is not a referent),
    # and a place before a role modifies it ("the former Boston mayor")
    ('The crowd cheered Ann Lowe, the former Los Angeles mayor. "I am from Los Angeles," she said.',
     ["Ann Lowe"]),
    # a name ends at its owner: "Jane Doe's Medicare plan" is no person called "Medicare"
    ('Jane Doe\u2019s Medicare plan was attacked. "It cuts $700 billion from Medicare," the advertisement says.',
     ["advertisement"]),
    # a document speaks for itself ("the suit says"), and for the one who issued it
    ('"Our state pays the price," Governor Ed Hale said in a statement on Monday. Sam Roe, his rival, '
     'disagreed.\n\n"We will not stand for it," the statement continued.', ["Ed Hale", "Ed Hale"]),
    # a pronoun after the subject of its own sentence is that subject
    ('Kim Ito met the board on Monday. Later, Ben Rao attacked Ito for what he called "an utter failure to act."',
     ["Ben Rao"]),
    # a common word that opens a sentence is no speaker ("Was supposed to ...", "Nearly ...")
    ('Nearly two dozen lawmakers signed a letter from Representative Ana Cole, calling the plan '
     '"reckless and unfair to families."', ["Ana Cole"]),
    # a quotation whose closing paragraph lost its opening mark, then one that goes on
    ('"The deal was signed by the last government in 2015.\n\nIt was meant to end in May but it ended early," '
     'Lee Park wrote.\n\n"Nobody here ever asked me about it!"', ["Lee Park", "Lee Park", "Lee Park"]),
    # British style: straight single marks; apostrophes around them are no marks
    ("'We will not back down on this,' the minister said. It's the players' union that won in the '90s.",
     ["minister"]),
    # a list of quoted words takes one attribution, and a participle after a quotation
    # is said by the sentence's subject; a label before a sentence is no subject
    ('Updated: Ana Cole called the plan a "disaster" and a "bomb-thrower\'s wish," and defended her '
     '"plain talk," saying it was needed.', ["Ana Cole", "Ana Cole", "Ana Cole"]),
    # a paragraph ending in a colon introduces the quotation that opens the next one
    ('"It was a mistake," Ana Cole said.\n\nGovernor Ed Hale answered in a statement on Friday:\n\n'
     '"I had nothing to do with it and I have not read it."', ["Ana Cole", "Ed Hale"]),
    # a second quotation in the sentence, with no one else named or saying anything between
    ('Ana Cole posted a letter on Monday. She went on to say that the girls were "coming up a little short" '
     'because their parents "do not respect their positions."', ["Ana Cole", "Ana Cole"]),
    # an aside between dashes is not counted between a verb and its quotation
    ('The campaign said that the budget plan \u2014 broadly endorsed by the party leaders in the House '
     'last year \u2014 "would end Medicare as we know it."', ["campaign"]),
    # a participle that opens a sentence is no one ("Reacting to the news, ...")
    ('Ben Rao spoke to the press. "We are done," Rao said.\n\nReacting to the vote, Mayor Ana Cole wrote:\n\n'
     '"We will appeal this ruling in the courts."', ["Rao", "Ana Cole"]),
    # a long apposition between the name and the verb; a capital before a name is no role
    ('She is "a sane and competent person," Ann Lowe, the former mayor and founder of the largest '
     'news and information business in the country, said.', ["Ann Lowe"]),
    # an apposition with no article, and no comma before the verb; a preposition opening a sentence
    ('Ana Cole, director for the Office of Transport said, "The goal is a better ride for everyone."',
     ["Ana Cole"]),
    ('Unlike her brother, Mary Stone stayed. "I liked the school because it was different," she said.',
     ["Mary Stone"]),
    # a role "in" a country, then the name: the person speaks, not the place
    ('The firm\u2019s chief in Brazil, Luiz Sacco, said, "Opportunities here will grow again next year."',
     ["Luiz Sacco"]),
    # a headline run into its lead repeats the name; "The England captain": a role, not England
    ("Return to form 'just around the corner' insists Kim Lee Kim Lee believes he is close. The Wales "
     'captain has slipped in the rankings and admits he "played two horrendous shots" last week.',
     ["Kim Lee", "Kim Lee"]),
    # forms of wire copy: "According to ...", a rank before the name, a role before the
    # name after the verb, the verb opening the sentence, a name before a colon, and a
    # quotation that follows a paragraph ending on its attribution
    ('According to fire chief Atul Garg, \u201cA call was received at 4.23 a.m. on Thursday.\u201d', ["Atul Garg"]),
    ('"There is a large gap that we are trying to narrow," Cpl. Jesse Dunn told reporters.', ["Cpl. Jesse Dunn"]),
    ('"We believe in fun," said pastor and celebrant Father Frank Cole, who led the service.',
     ["Father Frank Cole"]),
    ('Said Martin: "People here have a deep commitment to the environment."', ["Martin"]),
    ('A statement by the spokesman of the coalition, Col. Turki Malki: "Six prisoners arrived this evening."',
     ["Col. Turki Malki"]),
    ('Two soldiers were killed in a gunfight on Wednesday, officials said.\n\n'
     '\u201cThe infiltrators were intercepted in the forest as they tried to cross.\u201d', ["officials"]),
    # "In his words," and "in the words of X," just before a quotation
    ('The preacher Kofi Mensah warned of floods. In his words, \u201csin is becoming more rampant.\u201d',
     ["Kofi Mensah"]),
    ('In the words of Ann Lowe, "a city is only as good as its buses and its schools."', ["Ann Lowe"]),
    # "expressed concern about ..." names what was said, like "called it"
    ('Ann Lowe spoke on Monday. She also expressed concern about "the alarming levels of inaction" here.',
     ["Ann Lowe"]),
    # "referred to his ..." names what was said
    ('Ben Rao apologized on Sunday after he referred to his rival\u2019s "phony ideas" in a speech.', ["Ben Rao"]),
    # a straight opening mark closed by a curly one
    ('"He is not one of us. Absolutely not,\u201d Ruiz said. \u201cHe is only himself.\u201d', ["Ruiz", "Ruiz"]),
    # a role, then the name between commas: the name is the person, the role is theirs
    ('A spokeswoman for the Red Cross, Linda Park, said three shelters were open. "We need help," she said.',
     ["Linda Park"]),
    # a clause, then a colon: its subject speaks; a reporting verb's bare form after an
    # article and an adjective is a noun ("a defiant note")
    ('The mayor, Sarah Kim, struck a defiant note: "This city will rebuild."', ["Sarah Kim"]),
    ('Ryan Cole shot back: "They got caught with their hand in the cookie jar."', ["Ryan Cole"]),
    # "the congressman" is the person the article calls "Rep.", not the last person named
    ('Rep. Blake Farenthold is resigning. His aide, Lauren Greene, had sued him.\n\n'
     '\u201cI had no idea how to run an office,\u201d the four-term congressman said.', ["Blake Farenthold"]),
    # a short sentence of attribution gives the quotation that opens the next paragraph
    ('Trump noted so helpfully in a tweet on Wednesday.\n\n\u201cThe former president also invited me '
     'when he apologized.\u201d', ["Trump"]),
    # a sentence of reported speech gives the quotation that opens the next: its subject's,
    # the subject of its first verb (not "Smith" of "Smith was arrested after police said")
    ('Ann Cole, 52, the police chief, said on Friday that the search would go on. '
     '"We will not stop until we find them."', ["Ann Cole"]),
    ('Police chief Ann Cole said the search would go on.\n\n"We will not stop until we find them, whatever it takes."',
     ["Ann Cole"]),
    ('Tom Reed was arrested after police said he fled. "It was a mistake and nobody knows why he ran."', [None]),
    # ... not its passive ("has been charged": told of, not telling), except one asked, who answers
    ('Ana Ruiz has been charged with fraud. "We will fight these charges in court."', [None]),
    ('Ana Ruiz was asked about the vote. "I have no regrets about any of it."', ["Ana Ruiz"]),
    # a short sentence of action gives the quotation after it in its paragraph to its subject
    # (the one who acts speaks), not when the subject is told of ("was arrested", "is a mother"),
    # when the quotation speaks of someone in the third person, or after a quotation of the
    # paragraph (its speaker goes on)
    ('Ana Ruiz shook her head. "We were never told about the risk."', ["Ana Ruiz"]),
    ('The governor, Ana Ruiz, struck a defiant tone. "We will not be intimidated by anyone."', ["Ana Ruiz"]),
    ('Ana Ruiz was arrested on Monday. "This is a travesty of justice for everyone."', [None]),
    ('Ana Ruiz is a mother of three. "She would never do anything like this."', [None]),
    ('"We won," Tom Reed said. Ana Ruiz, his rival, left the hall. "It was a fair fight in the end."',
     ["Tom Reed", "Tom Reed"]),
    # an office is not the person described by what they are ("the striker"), unless it is theirs
    ('The striker, Leo Mensah, was substituted. Afterwards, the coach said Mensah had "a tight hamstring."',
     ["coach"]),
    ('The coach, Leo Mensah, was sent off. Afterwards, the coach said it was "a harsh decision by the referee."',
     ["Leo Mensah"]),
    # ... a role's too: "the minister" of the sentence before, resolved to the person so named
    ('The minister said the talks were constructive. "We are closer than ever to an agreement."', ["minister"]),
    ('Foreign Minister Ana Ruiz met her counterpart. The minister said the talks went well. "We are closer than ever."',
     ["Ana Ruiz"]),
    # an opening clause ("Pressed on the delay,", "Asked about his future,") is no subject; a
    # role in lower case after it is the speaker's ("coach Paulo Reis")
    ('Pressed on the delay, Ortiz shrugged: "We are doing all we can to open the bridge."', ["Ortiz"]),
    ('Asked about his future, coach Paulo Reis smiled: "I am happy here and I have a contract."', ["Paulo Reis"]),
    # "clarified" reports; a group "of" what it is ("relatives of the missing crew")
    ('Gomez later clarified that she had "never supported the tax."', ["Gomez"]),
    ('"We are still hopeful," relatives of the missing crew said in a joint statement.',
     ["relatives of the missing crew"]),
    ('Relatives of the victims said: "We want justice for them."', ["Relatives of the victims"]),
    # a body that issues a document, then a colon; a body's reported speech, then its words
    ('The family issued a short statement: "We ask for privacy at this time."', ["family"]),
    ('The ministry said the talks had ended. "No agreement was possible, whatever was offered."', ["ministry"]),
    # "she" after a sentence whose subject is a role is the one so described, not the last quoted
    ('President Ana Ruiz met the board. "We agreed on a plan," said her spokeswoman, Tina Reed. '
     'The president appeared again on Friday. She said she had "never backed the plan" at all.',
     ["Tina Reed", "Ana Ruiz"]),
    # "rejected ... as" names what was said; a person "and other" people is a group
    ('Sara Moyo rejected the offer as "too little, too late."', ["Sara Moyo"]),
    ('"This is a cynical ploy," Moyo and other opposition figures said in a joint statement.',
     ["Moyo and other opposition figures"]),
    # a person and their kin or counsel, named between commas, speak together: no role "Aziz and his wife"
    ('"It came out of nowhere," Aziz and his wife, Mina, said.', ["Aziz and Mina"]),
    ('"We are done," said Ana Ruiz and her longtime lawyer, Tom Reed.', ["Ana Ruiz and Tom Reed"]),
    # a participle after a noun is no verb of the sentence ("the payments described by the agency");
    # a naming verb's agent names ("described by the Daily Herald as"); a noun is no verb ("a progress
    # report"); ", as X claims." attributes; a newspaper's or a magazine's name is no person
    ('Rep. Ann Cole said the payments described by the agency "break the law."', ["Rep. Ann Cole"]),
    ('For the man described by the Daily Herald as "the last great boss," it was a quiet end.', ["Daily Herald"]),
    ('Cole told reporters that he did not have a progress report because there was "no progress to report."', ["Cole"]),
    ('The plan will save the service, not "end it," as the Ortiz campaign claims.', ["Ortiz campaign"]),
    ('Entertainment Weekly reported the news first. "We will not stop until we find them," he said.', [None]),
    # "termed"; a role, then the name between commas, then a who-clause (and "Alhaji", a title);
    # a body the sentence before names is "they" or "it" (a plural one only "they"); a
    # headline's one capitalised word ("Flood hits town") is no one "the mayor" stands for
    ('Congress leader Rahul Mehta termed the decision "anti-people".', ["Rahul Mehta"]),
    ('The Minister of Information, Alhaji Lai Musa, who spoke with journalists in Abuja, said: '
     '"Government will not back down."', ["Alhaji Lai Musa"]),
    ('Police arrived within minutes. "We secured the area quickly," they said.', ["Police"]),
    ('The union rejected the offer. "It is an insult," it said in a statement.', ["union"]),
    ("Flood hits town\n\n'We will rebuild every home,' the mayor said after the flood.", ["mayor"]),
    # a compound that modifies a noun ("The Obama-era program") is no one "he" stands for
    ('Tom Hale spoke at the rally. The Obama-era program is an important issue, he said, but '
     '"it is not the bread and butter of our politics."', ["Tom Hale"]),
    # a sentence's subject that is a thing ("The calls grew ...") is no one who speaks
    ('The calls grew on Sunday night, when Senate Majority Leader Mitch McConnell, R-Ky., suggested a deal was '
     '"within reach, whatever the critics say about it."', [None]),
    # "next Tuesday's Washington primary" names no one; "his 2016 campaign promises" is a noun
    ('Bernie Sanders met Clinton on Monday. He said he still plans to compete in next Tuesday\u2019s Washington, '
     'D.C., primary. And he said he plans to take his message "to the convention and beyond" in July.',
     ["Bernie Sanders"]),
    ('Trump has stood by his decision, telling critics that the pullout should come as "no surprise to anyone '
     'here" given his 2016 campaign promises.', ["Trump"]),
    # a quotation that ends on a comma, its attribution in the next paragraph (a page that broke
    # the line): the comma says the attribution follows
    ('"The water rose too fast and we had no time to move the cars,"\n\nBenson said.', ["Benson"]),
    # a given name alone ("her husband, Tom,") is someone "he" may stand for; a group "in" a body
    ('Maria Lopez and her husband, Tom, lost their home.\n\n"We have nothing left," he said.', ["Tom"]),
    ('Officials in the governor\'s office said the decision was "final."', ["Officials in the governor's office"]),
    # the sentence after a quotation that says whose message it was
    ('"We need federal help and we need it now." That was the message from Governor Ana Ruiz on Monday.',
     ["Ana Ruiz"]),
    # a party's name before "presidential nominee" modifies the office; "nominee" is a role
    ('The presumptive Republican presidential nominee went so far as to say the plan was '
     '"a total disaster for all of us."', ["presumptive Republican presidential nominee"]),
    # a paragraph with no marks after one that ends "..., saying:" is the post itself (a page's
    # embedded post or block quotation loses its marks); "And" opens a sentence, not a clause
    ('And Trump himself lashed out on Twitter, saying:\n\nThe judge has embarrassed all of us. '
     'She should resign!\n\nThe storm went on.', ["Trump"]),
    ('The measures include:\n\nA tax on sugar and a ban on smoking in parks.', []),
    # ... or one that names a document, owned or made definite, last before its colon (the
    # single marks of a quotation inside the block do not make it article text)
    ('Ann Ruiz wrote to the board on Friday.\n\nRead her full letter below:\n\nDear members, you have '
     "failed the 'good neighbour' test. Resign.\n\nThe board met.", ["Ann Ruiz"]),
    ('Sports news in brief from around the world:\n\nBush was placed on injured reserve on Wednesday.', []),
    ('A look back by Jane Roe, TF Metals Report:\n\nGold rose by a third over the year.', []),
    ('Read more:\n\nGold rose by a third over the year.', []),
    # "..., with Chairman Trey Gowdy saying": the one "with" names speaks, not the sentence's subject
    ('But Republicans tore into the official, with House Oversight Committee Chairman Trey Gowdy saying he '
     'showed "textbook bias."', ["Trey Gowdy"]),
    # "The Associated Press" is a body, no one "he" stands for
    ('The Associated Press reported that the talks failed. "We are done here and we are going home," he said.',
     [None]),
    # a place's name is no one "she" can stand for ("Hornby Island", "Cook County")
    ('The storm flattened homes across Hornby Island on Monday. "We lost everything last night," she said.',
     [None]),
    # a quotation nested in another with the same marks, both closed at once: the outer one
    ('Trump wrote on Twitter.\n\n\u201cHe apologized to me for using the \u201cf bomb.\u201d\u201d', ["Trump"]),
    # "the family" is a group, not a person named before ("family" is no adverb in -ly)
    ('"We are devastated," the family said in a statement released by police.', ["family"]),
    # "Needless to say": a set phrase, no one who says
    ('The mayor spoke on Monday. Needless to say, the town was not "a place anyone would choose."', [None]),
    # a document of the subject's own, then what it said; not one the subject speaks of
    ('Reyes later deleted the tweet, which had said the city was "open for business."', ["Reyes"]),
    ('Reyes criticized the report, which said the city was "open for business."', ["report"]),
    # a group "at" or "from" a named body is the group, not the body
    ('Analysts at Morgan Stanley wrote that sales were "strong."', ["Analysts at Morgan Stanley"]),
    # the sentence after a quotation that calls it someone's answer
    ('"I have not decided yet." That was Ortiz\'s answer when asked if she would run again.', ["Ortiz"]),
    # a headline's "says mayor": an office with its article left out, the one the story names so
    ("'We will rebuild,' says mayor after flood\n\nMayor Helen Ortiz spoke on Monday.", ["Helen Ortiz"]),
    # "said the city failed her": a clause after the verb, no one called "city failed her"
    ('Diaz, who had "lost everything in the fire," said the city failed her.', [None]),
    # "she" is not the last speaker when the name the article gives them whole says otherwise
    ('Helen Ortiz and her deputy, Tom Reed, toured the site. "We will rebuild every home," Ortiz said. '
     '"Every street too," Reed added. "It will take years," she said.', ["Ortiz", "Reed", "Helen Ortiz"]),
    # "she" is not the last person quoted when a courtesy title says otherwise
    ('"We will appeal," Mr. Ellis told Ann Ruiz on Monday. "There is no case," she said.',
     ["Mr. Ellis", "Ann Ruiz"]),
    # ... but not a relative clause's verb: the code speaks, not the critics
    ('Critics say the offer broke the part of the code that says: "Whoever promises any job shall be fined."',
     [None]),
])
def test_speakers_across_sentences(text, speakers):
    assert [q.speaker for q in ca.parse_article("x.txt", text).quotes] == speakers


@pytest.mark.parametrize("text, sentences", [
    ("Three demands: 1.) higher pay 2.) shorter hours 3.) safety at work.",
     ["Three demands: 1.) higher pay", "2.) shorter hours", "3.) safety at work."]),
    ("They want a. higher pay b. shorter hours c. safety.",
     ["They want a. higher pay", "b. shorter hours", "c. safety."]),
    # markers that do not count on one by one are not a list
    ("He was 1) late and 3) rude.", ["He was 1) late and 3) rude."]),
])
def test_inline_list_items_start_sentences(text, sentences):
    assert [text[s:e] for s, e, _, _ in ca.split_sentences(text)] == sentences


def test_a_credit_line_makes_the_line_above_it_a_caption():
    text = ("Talks end in Geneva\n\nThe talks ended on Monday, officials said.\n\n"
            "The minister leaves the building after the talks\n\nPicture: Jane Roe\n\nThe next round is in May.\n")
    art = ca.parse_article("x.txt", text)
    assert [s.boilerplate for s in art.sentences] == [None, None, "caption", "caption", None]


def test_two_long_articles_report_progress():
    text = "\n\n".join(f"Officials said {k} people were arrested in town {k % 17} on Monday." for k in range(160))
    a, b = ca.parse_article("a.txt", text), ca.parse_article("b.txt", text.replace("Monday", "Friday"))
    calls = []
    ca.compare(a, b, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 2 and calls[0] == (0, 160 * 160) and calls[-1][0] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def _table_words(name):
    """The words of a module table as written in the source (a frozenset hides repeats)."""
    import inspect
    import re

    src = inspect.getsource(ca)
    m = re.search(name + r' = frozenset\((?:\[\*WEEKDAYS, \*)?"""(.*?)"""', src, re.S) or \
        re.search(name + r' = frozenset\("([^"]*)"\.split\(\)\)', src)
    assert m, name
    return m.group(1).split()


@pytest.mark.parametrize("name", ["OFFICE_TITLES", "INSTITUTION_WORDS", "COURTESY_TITLES", "AUXILIARIES",
                                  "STOPWORDS", "WEAK_WORDS", "NEGATIONS", "TIME_FOLLOWERS", "NAMING_VERBS",
                                  "NOT_NEGATING", "DOCUMENT_WORDS", "GIVEN_NAMES_SHE",
                                  "GIVEN_NAMES_HE", "NAME_SUFFIXES", "HEARING_VERBS", "TIME_NOUNS",
                                  "ORGANIZATION_NOUNS", "COMPANY_SUFFIXES", "UNMARKED_NEGATIONS", "PLACE_NOUNS",
                                  "TITLE_BEFORE", "NAME_PARTICLES", "PARTY_MEMBERS", "OBJECT_PRONOUNS",
                                  "NEGATIVE_PREFIXES", "PORTFOLIOS", "RATE_NOUNS", "STOPPING_VERBS"])
def test_word_tables_repeat_no_word(name):
    words = _table_words(name)
    assert len(words) == len(set(words)), [w for w in set(words) if words.count(w) > 1]


@pytest.mark.parametrize("name", ["LINKING_ADVERBIALS", "SAYING_IDIOMS", "LOWER_BOUNDS", "UPPER_BOUNDS"])
def test_phrase_tables_repeat_no_phrase(name):
    import inspect
    import re

    rows = sorted(getattr(ca, name))
    assert rows and all(r == r.strip().lower() and "  " not in r for r in rows)
    block = re.search(name + r' = (?:frozenset|tuple)\("""(.*?)"""', inspect.getsource(ca), re.S).group(1)
    written = block.strip().splitlines()
    assert len(written) == len(set(written)) == len(rows)


def test_given_names_are_one_gender_each_and_plain_words():
    she, he = ca.GIVEN_NAMES_SHE, ca.GIVEN_NAMES_HE
    assert not she & he and all(n.isalpha() and n.islower() for n in she | he)


def test_reporting_verb_rows_are_complete_and_distinct():
    forms = [f for row in ca.REPORTING_VERBS for f in dict.fromkeys(row)]  # "read read reads reading"
    assert all(len(row) == 4 and row[3].endswith("ing") for row in ca.REPORTING_VERBS)
    # a phrasal verb's row: its particle, its four forms, the plain verb it reads as
    assert all(len(row) == 6 and row[4].endswith("ing") for row in ca.PHRASAL_VERBS)
    assert all(ca.PHRASES[f"{form} {row[0]}"] == row[5] for row in ca.PHRASAL_VERBS for form in row[1:5])
    assert len(forms) == len(set(forms))
    assert {row[0] for row in ca.REPORTING_VERBS} >= ca.NAMING_VERBS
    # a title is a courtesy title or an office, not both; an office is no institution
    assert not ca.COURTESY_TITLES & ca.OFFICE_TITLES and not ca.OFFICE_TITLES & ca.INSTITUTION_WORDS
    # a thing that says is neither a body nor a person's office
    assert not ca.DOCUMENT_WORDS & (ca.INSTITUTION_WORDS | ca.OFFICE_TITLES)
    # the words of one office are offices, each in one row
    roles = [w for row in ca.ROLE_NAMES for w in row]
    assert len(roles) == len(set(roles)) and set(roles) <= ca.OFFICE_TITLES, set(roles) - ca.OFFICE_TITLES



@pytest.mark.parametrize("a_text, b_text, paired", [
    # one specific thing counted with two figures is one fact, told differently
    ("The quake zone has had more than 500 aftershocks since Wednesday.",
     "Rescuers fear more buildings may fall amid nearly 1,000 aftershocks.", True),
    # a common word counted with two figures is not (two tolls, two reports)
    ("Police said 12 people were arrested after the march in the capital.",
     "Hospitals treated 30 people for injuries from the storm on the coast.", False),
    # a time of day counts no thing: two events at two hours are two facts
    ("At about 2:30 a.m. a woman was driving in the 19100 block of Main Street.",
     "Reed was last seen around 11:30 a.m. on Tuesday in the 2300 block of Hall Drive.", False),
    # one thing counted in two countries is two facts
    ("About 25,000 refugees are sheltering in Jordan after fleeing the fighting.",
     "More than 2,400 refugees have drowned off Libya since January.", False),
    # a span of time of one thing, given two ways, is one fact (DURATION_NOUNS, DURATION_OF)
    ("The verdict could send him to prison for up to 29 years.",
     "He faces five to 25 years in prison for the conviction.", True),
    ("The treaty was agreed after four years of negotiations in Cuba.",
     "After nearly six years of negotiations, the war may end.", True),
    # years of two things are two facts
    ("He spent 27 years in prison before he was freed.", "He served five years in office as president.", False),
    # one share, however written, told to two precisions (SHARE_NEAR) is one fact ...
    ("By a razor-thin margin of 50.25 to 49.75 percent, voters rejected the accord.",
     "The no camp won by 50.21 percent to 49.78 percent.", True),
    # ... two shares far apart are of two things (turnout, the vote)
    ("Voter turnout was only 37%, partly owing to torrential rain.",
     "Some 50.2% of voters opposed the deal in the referendum.", False),
    # an ordinal is no count: "the first package" / "a dozen packages" are two facts
    ("The first package was found at a home in the suburbs on Monday.",
     "Police said a dozen packages had been mailed to critics.", False),
])
def test_a_specific_thing_counted_twice_pairs_and_is_flagged(a_text, b_text, paired):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    matches = ca.compare(a, b).matches
    assert bool(matches) is paired
    if paired:
        assert "numbers differ" in matches[0].differences.flags


def test_a_fact_told_with_two_figures_pairs_again_with_a_sentence_already_paired():
    # B's one sentence pairs with A's first (the same verdict) and, as a second pair, with
    # A's second: the sentence it would give, told with other figures, is the difference
    a = ca.parse_article("a.txt", "The jury found Ruiz guilty of fraud and theft on Monday after five days of "
                                  "deliberations. The verdict could send her to prison for up to 29 years.")
    b = ca.parse_article("b.txt", "Ruiz, found guilty of fraud and theft on Monday, faces five to 25 years in prison.")
    matches = ca.compare(a, b).matches
    assert [(m.a, m.b) for m in matches] == [((0,), (0,)), ((1,), (0,))]
    assert matches[1].differences.numbers == ca.Sides(("29",), ("five", "25"))


@pytest.mark.parametrize("b_text, flagged", [
    # one war's length told two ways is a figure that differs
    ("The accord would end a 50-year war that displaced millions of people.", True),
    # the war's length and the talks' are two spans of time of two things
    ("After six years of negotiations, the accord would end the war that displaced millions of people.", False),
])
def test_spans_of_time_of_two_things_are_no_figure_told_apart(b_text, flagged):
    a = ca.parse_article("a.txt", "The accord would end a 52-year war that displaced millions of people.")
    (m,) = ca.compare(a, ca.parse_article("b.txt", b_text)).matches
    assert ("numbers differ" in m.differences.flags) is flagged


@pytest.mark.parametrize("text, spans", [
    ("to end a 52-year war", {"52": "war"}),
    ("after six years of negotiations", {"6": "negoti"}),
    # a span of time of nothing, and an age, are none
    ("It happened two years ago in Ohio.", {}),
    ("a six-year-old boy", {}),
])
def test_what_a_span_of_time_is_of(text, spans):
    assert ca._spans_of(ca.profile(text), text) == spans


def test_a_span_of_time_of_one_thing_shared_makes_a_possible_pair_one_fact():
    # "up to 25 years in prison" on both sides (Profile.durations): B's one sentence pairs
    # with A's last too, though it is already paired with A's first
    a = ca.parse_article("a.txt", "The jury of seven men and five women took five days to find Ruiz guilty of fraud "
                                  "and theft. She was led from the courtroom in handcuffs. Her lawyer said she would "
                                  "appeal. The most serious charge carries up to 25 years in prison, while the theft "
                                  "count is punishable by up to four years.")
    b = ca.parse_article("b.txt", "Ruiz, found guilty of fraud and theft by the jury of seven men and five women, "
                                  "faces a sentence of five to 25 years in prison for her conviction on a charge of "
                                  "committing fraud against investors in 2006.")
    assert [(m.a, m.b) for m in ca.compare(a, b).matches] == [((0,), (0,)), ((3,), (0,))]


@pytest.mark.parametrize("a_text, b_text, paired", [
    # two words rare in English, shared and in no other sentence, make a possible pair one fact
    ("Court papers show that Ruiz has a long record in Ohio dating back to 1998 that includes felony "
     "embezzlement and fraud charges.",
     "He has a history of multiple arrests, including for felony embezzlement.", True),
    # common words do not ("drug" charges and "drug" possession): it stays possible
    ("Court papers show that Ruiz has a long record in Ohio dating back to 1998 that includes drug and fraud "
     "charges.", "He has a history of multiple arrests, including for drug possession.", False),
    # a figure above ten, shared and in no other sentence, makes a possible pair one fact
    ("Defense officials said on Thursday that about 7,400 troops will be withdrawn in the coming months.",
     "The plan to bring home half of the soldiers there, some 7,400 in all, has drawn sharp criticism from allies.",
     True),
    # a small one is shared by chance
    ("Defense officials said on Thursday that about nine troops will be withdrawn in the coming months.",
     "The plan to bring home half of the soldiers there, some nine in all, has drawn sharp criticism from allies.",
     False),
    # an age describes whoever it is told of, beside any fact; a year says when
    ("Ruiz, 67, was led from the courtroom in handcuffs after the verdict.",
     "The 67-year-old had a look of resignation on her face as the jury spoke.", False),
    ("The company was founded in 1987 by two brothers in a garage in Ohio.",
     "Since 1987 the family has run the business themselves, its website says.", False),
])
def test_rare_words_or_a_rare_figure_shared_make_a_possible_pair_one_fact(a_text, b_text, paired):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    result = ca.compare(a, b)
    assert ca.POSSIBLE_THRESHOLD <= ca.similarity(a_text, b_text) < ca.DEFAULT_THRESHOLD
    assert bool(result.matches) is paired and bool(result.possible) is not paired


_LONG_LEAD = ("A Kenya Airways jet bound for Lagos with {} crashed shortly after take-off from Nairobi on "
              "Sunday morning in clear weather, killing everyone aboard, the airline and the transport minister "
              "said in a joint statement broadcast on state television, as relatives gathered at the terminal and "
              "rescue teams searched farmland near the town of Bishoftu for the wreckage of the plane and for its "
              "flight recorders, which investigators from three countries hope to read within days.")


@pytest.mark.parametrize("a_text, b_text, paired", [
    # a long lead of many facts covers little of the other sentence, but "149 passengers"
    # on both sides, and in no third sentence, is one fact from any score
    (_LONG_LEAD.format("149 passengers"),
     "It was learnt that the brand new aircraft, delivered four months ago, left with 149 passengers and eight "
     "cabin crew.", True),
    # a sum of money is anyone's: the cargo's and the aircraft's price are two facts
    (_LONG_LEAD.format("$149 million of cargo"),
     "It was learnt that the brand new aircraft, delivered four months ago for $149 million, left with eight "
     "cabin crew.", False),
])
def test_a_rare_figure_counting_one_thing_on_both_sides_is_one_fact(a_text, b_text, paired):
    a, b = ca.parse_article("a.txt", a_text), ca.parse_article("b.txt", b_text)
    assert ca.similarity(a_text, b_text) < ca.POSSIBLE_THRESHOLD
    assert bool(ca.compare(a, b).matches) is paired


def test_an_age_is_read_as_one_however_written():
    # "a 25-year-old coach", "25 years old": an age (unit "age"), not 25 years of something
    assert ca.profile("Their 25-year-old coach was rescued.").units == (("25", "age"),)
    assert ca.profile("The coach, 25 years old, was rescued.").units == (("25", "age"),)
    assert ca.profile("He served 25 years in prison.").units == (("25", "year"),)


_TRAPPED = ("Cave rescue\n\nThe boys were trapped on June 23 while exploring the cave after practice, and 90 "
            "divers took part in the rescue.\n\nDoctors said they were healthy.")
_TRAPPED_APART = ("Boys freed\n\nThe boys were trapped on June 23 while exploring the cave after football "
                  "practice.\n\nTheir families waited outside the hospital for news.\n\nSome 90 divers from "
                  "around the world joined the operation.")
_TRAPPED_THIRD = ("All out\n\nThey were trapped on June 23 while exploring the cave after football practice, "
                  "officials said.\n\nThe navy posted a photo on Facebook.")


def test_a_rare_figure_counting_one_thing_may_be_a_second_pair():
    # A's lead tells two facts that B gives in two sentences apart: "90 divers" on both
    # sides, in no third sentence, pairs the lead with B's last as well as with B's first
    a, b = ca.parse_article("a.txt", _TRAPPED), ca.parse_article("b.txt", _TRAPPED_APART)
    assert [(m.a, m.b) for m in ca.compare(a, b).matches] == [((1,), (1,)), ((1,), (3,))]


def test_a_sentence_that_tells_two_facts_told_apart_by_one_other_source_is_in_both_groups():
    # the lead of A is in the group of the day they were trapped (all three) and in the
    # group of the divers (A and B): two groups with sentences of B do not join, and the
    # second fact is a group of its own (_second_facts)
    arts = [ca.parse_article(n, t) for n, t in (("a.txt", _TRAPPED), ("b.txt", _TRAPPED_APART),
                                                ("c.txt", _TRAPPED_THIRD))]
    groups = [g.members for g in ca.compare(*arts).groups]
    assert groups == [((0, 1), (1, 1), (2, 1)), ((0, 1), (1, 3))]
    # a second fact's group is never two sentences another group already holds together
    assert not any(set(x) <= set(y) for x in groups for y in groups if x is not y)


def test_groups_join_on_pairs_that_were_matched_or_nearly_so():
    # one lead paired with one of three others; a second one nearly: two of three cross
    # pairs linked, so the groups join; with neither near, one of three does not
    links = {frozenset(((0, 0), (1, 0))): None}
    xs, ys = [(0, 0)], [(1, 0), (2, 0), (3, 0)]
    assert not ca._may_join(xs, ys, links, set(), lambda u, v: False)
    assert ca._may_join(xs, ys, links, set(), lambda u, v: v == (2, 0))
    # two sentences of one article join only when one match folded them together
    assert not ca._may_join([(0, 0)], [(0, 1)], links, set(), lambda u, v: True)


@pytest.mark.parametrize("text, repeated", [
    # a page's standfirst, then the same sentence as its lead after a dateline: one sentence twice
    ("Ten miners were freed from the flooded shaft on Tuesday, officials said.\n\n"
     "DUNMORE: Ten miners were freed from the flooded shaft on Tuesday, officials said.", [(0, 1)]),
    # short sentences said twice, or two that differ in a word, are two sentences
    ("He said no.\n\nHe said no.", []),
    ("Ten miners were freed from the flooded shaft on Tuesday, officials said.\n\n"
     "Ten miners were freed from the flooded shaft on Monday, officials said.", []),
])
def test_a_sentence_given_twice_is_found(text, repeated):
    assert ca._repeated(ca.parse_article("x.txt", text)) == repeated


def test_a_sentence_given_twice_joins_its_first_copy_in_a_group():
    lead = "All twelve boys and their coach were rescued from the flooded cave on Tuesday, the navy said."
    texts = [f"{lead}\n\nThe boys had been trapped for two weeks.\n\nCHIANG RAI: {lead}",
             "All twelve boys and their coach were rescued from the cave on Tuesday, the navy said.",
             "The navy said all twelve boys and their football coach were rescued from the cave on Tuesday."]
    arts = [ca.parse_article(f"{k}.txt", t) for k, t in enumerate(texts)]
    groups = [g.members for g in ca.compare(*arts).groups]
    assert any({(0, 0), (0, 2), (1, 0), (2, 0)} <= set(g) for g in groups), groups


def test_a_sentence_that_tells_two_facts_is_in_both_groups():
    # one outlet's lead tells the rescue and the death; three others tell them apart, far
    # apart: the lead is paired with their leads, and joins the death's group as well
    mid = "\n\nThe mine had been closed to visitors since 2015.\n\nLocal schools stayed shut for the week.\n\n"
    texts = ["Rescuers freed all 12 trapped miners on Tuesday, ending an ordeal in which one diver died in the "
             "flooded shaft.",
             "Rescuers freed all 12 trapped miners from the shaft on Tuesday." + mid
             + "One diver died in the flooded shaft during the operation.",
             "All 12 trapped miners were freed by rescuers on Tuesday." + mid + "One diver died in the flooded shaft.",
             "The 12 trapped miners were freed by rescuers on Tuesday." + mid
             + "A diver died in the flooded shaft during the rescue."]
    arts = [ca.parse_article(f"{k}.txt", t) for k, t in enumerate(texts)]
    groups = {g.members for g in ca.compare(*arts).groups}
    assert ((0, 0), (1, 0), (2, 0), (3, 0)) in groups
    assert ((0, 0), (1, 3), (2, 3), (3, 3)) in groups
    assert ((1, 1), (2, 1), (3, 1)) in groups  # the lead tells nothing of the mine's past


def test_word_tables_give_each_key_once_and_none_is_shadowed():
    # a table entry that an earlier rule reads otherwise never applies
    assert [w for w in sorted(ca.WEAK_WORDS) if ca._word_key(w)[1] != "weak"] == []
    syn = [ca._word_key(w) for row in ca.SYNONYMS for w in row]
    assert all(kind in ("word", "name") for _, kind in syn), [k for k in syn if k[1] not in ("word", "name")]
    assert len({k for k, _ in syn}) == len(syn)  # no word in two groups, no form twice
    poles = [ca._word_key(w)[0] for pair in ca.ANTONYMS for side in pair for w in side.split()]
    assert len(set(poles)) == len(poles)
    # every group of synonyms is reached: each word's key leads to its group
    assert all(ca._SYNONYM_OF[ca._word_key(w)[0]] == ca._word_key(row[0])[0] for row in ca.SYNONYMS for w in row)
    # each unit of MEASURES is one measure's, at one positive factor, whatever form is written
    rows = {}
    for measure, factor, words in ca.MEASURES:
        for w in words:
            assert rows.setdefault(ca._word_key(w)[0], (measure, factor)) == (measure, factor), w
    assert all(f > 0 for _, f, _ in ca.MEASURES) and rows == ca._MEASURE_OF
    # each word for a counted unit is one unit's, and its forms meet
    units = [ca._word_key(w)[0] for row in ca.COUNTED_ALIKE for w in row]
    assert len(set(units)) == len(units) and ca._UNIT_OF[ca._word_key("residents")[0]] == ca._word_key("people")[0]


def test_the_library_names_no_option_and_the_hint_does(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Word. " * 400, encoding="utf-8")
    with pytest.raises(ca.ArticleError) as err:
        ca.read_article(str(big), max_mib=0.001)
    assert "--" not in str(err.value) and err.value.hint.startswith("raise it with --max-size")
    assert err.value.line() == f"{err.value} ({err.value.hint})"
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\u00e9 ok".encode("cp1252"))
    with pytest.raises(ca.ArticleError) as err:
        ca.read_article(str(bad))
    assert "--" not in str(err.value) and "--encoding" in err.value.hint


def test_a_pair_told_negated_is_paired_and_flagged_not_lost_to_the_negation():
    # the negation lowers the score (readers rate the two less alike), but it is one fact
    # told two ways: within the negation's share of the threshold it is still a pair
    a = ca.parse_article("a.txt", "Officials said the pilot was not answering radio calls, and appeared to "
                                  "have lost control of the plane.")
    b = ca.parse_article("b.txt", "It was not immediately clear how badly the plane was damaged or if the "
                                  "pilot was still answering radio calls.")
    score = ca.similarity(a.sentences[0].text, b.sentences[0].text)
    threshold = round(score / ca.NEGATION_FACTOR - 0.01, 2)
    assert score < threshold
    m = ca.align(a, b, threshold=threshold).matches
    assert [(x.a, x.b, x.differences.flags) for x in m] == [((0,), (0,), ("polarity differs",))]
    # beyond the negation's share of the threshold it is not
    assert ca.align(a, b, threshold=round(score / ca.NEGATION_FACTOR + 0.01, 2)).matches == ()


def test_stage_results_are_named():
    (first, second) = ca.split_sentences("One sentence here.\n\nAnother one there.")
    assert (second.start, second.paragraph, second.line) == (20, 1, 1) and first == (0, 18, 0, 0)
    assert ca.Fetched._fields == ("data", "kind", "url", "charset")


def test_a_sentence_of_a_quotation_split_in_one_article_pairs_with_the_whole_in_the_other():
    # one outlet prints the quotation as one, the other splits it with "he said" and rewords
    # the second half: both of its sentences pair with the whole, the second flagged
    a = ca.parse_article("a.txt", '"I opened the folder and it said Ada Reyes, Blue Harbor," Vance said. '
                                  "The hall waited in silence for the next word from the stage. "
                                  '"That\'s why I took such a long look at Mira and at you. I was not joking."')
    b = ca.parse_article("b.txt", "\u201cI opened the folder and it said Ada Reyes, Blue Harbor \u2013 "
                                  "that\u2019s why I took such a long look at you and Mira Lund,\u201d "
                                  "he told the audience.")
    matches = ca.compare(a, b).matches
    second = [m for m in matches if 2 in m.a]
    assert second and second[0].b == (0,)
    assert "quotation worded differently" in second[0].differences.flags
