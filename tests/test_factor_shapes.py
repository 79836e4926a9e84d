"""How many risk factors the default pack counts in the list shapes legends use.

Each text is a small legend written for the test (not a corpus document); the expected count is
what the labelling guide asks for: distinct specific factors named in the legend.
"""

from __future__ import annotations

import pytest

import fslcheck

LEGEND = ("Forward-Looking Statements\n\nThis press release contains forward-looking statements within the meaning "
          "of the Private Securities Litigation Reform Act of 1995. {list} You should not place undue reliance on "
          "these statements, which speak only as of the date hereof.\n\nAbout Acme\n\nAcme makes widgets.\n")

SHAPES = [
    ("a list of 'our ability' heads: the noun repeated bare after 'and' opens a further factor",
     "Important factors include our ability to market our products; our continued ability to pay operating "
     "costs and ability to meet demand for our products; our ability to develop new products; our ability to "
     "comply with regulations; and our ability to secure capital.", 6),
    ("... but one verb's two objects after the head stay one factor, and a bare noun after another head too",
     "Important factors include our ability to hire and retain engineers; our ability to develop new products; "
     "our ability to comply with regulations; and the cost of labor and ability to pass it on to customers.", 4),
    ("the factors placed in the filings first, then listed, behind a subject longer than a gap reaches",
     "Factors that could cause actual results to differ materially from those expressed in the forward-looking "
     "statements are discussed in our filings and include changes in interest rates; competition in our markets; "
     "our ability to integrate acquisitions; regulatory changes; and the loss of key customers.", 5),
    ("the list after 'are described in ... and include' is the list, not the pointer's first item",
     "Factors that could cause actual results to differ are described in our Form 10-K and include changes in "
     "interest rates; competition in our markets; our ability to integrate acquisitions; regulatory changes; "
     "and the loss of key customers.", 5),
    ("bullets after a sentence whose subject, 'the following factors', announces them",
     "The following factors, among others, could cause actual results to differ materially from those in the "
     "forward-looking statements.\n\n• changes in interest rates;\n\n• competition in our markets;\n\n• our "
     "ability to integrate acquisitions; and\n\n• the loss of key customers.\n\n", 4),
    ("a pointer after a semicolon list closes the sentence, it is no part of the last factor",
     "For a discussion of these and other risks, including changes in interest rates; competition in our "
     "markets; our ability to integrate acquisitions; regulatory changes; and the loss of key customers, see "
     "our Form 10-K.", 5),
    ("a 'that' clause after a semicolon list speaks of all of them",
     "There are a number of risks, including changes in interest rates; competition in our markets; our "
     "ability to integrate acquisitions; regulatory changes; and the loss of key customers, that could cause "
     "results to differ.", 5),
    ("a copular lead-in that picks out some of the company's risks, with no colon",
     "Some of the risks we face are competition in our markets, our ability to retain key personnel, changes "
     "in interest rates and the outcome of pending litigation.", 4),
    ("'some of the risks are' with no owner says something of them, it lists nothing",
     "Actual results could differ materially. Several of the risks are beyond our control and are difficult to "
     "predict.", 0),
    ("a comma list of 'the risk that' clauses whose last two are joined by 'and' alone",
     "These risks include the risk that we may not obtain approval for our product candidates, the risk that "
     "clinical trials may be delayed, the risk that we may need additional capital, the risk that we may not be "
     "able to protect our intellectual property and the risk that competitors may develop better products.", 5),
    ("risks described only as hard to predict are the legend's general nouns, no factor",
     "Actual results may differ significantly because of risks and uncertainties that are difficult to predict.", 0),
    ("... but another noun keeps its 'difficult to predict' clause, and so does another description of risks",
     "Actual results may differ materially because of costs that are difficult to predict, factors that are "
     "difficult to insure against, delays in construction and changes in interest rates.", 4),
    ("a pointer's captions and parts, cut into items at its commas, are places in documents, no factors",
     "These statements are subject to risks, including those discussed in Part II, Item 1A, “Risk Factors” of "
     "this quarterly report on Form 10-Q, and in Part I, Item 1A, “Risk Factors” and in Part II, Item 7, "
     "“Management’s Discussion and Analysis” of our Annual Report on Form 10-K.", 0),
    ("... but a factor joined to 'in particular' is no place, and the pointer after the list stays one",
     "These statements are subject to risks, including pricing pressure and in particular imports; changes in "
     "interest rates; the loss of key customers; and those discussed in Part I, Item 1A, “Risk Factors” of our "
     "Annual Report on Form 10-K.", 3),
    ("the caption of Item 7A beside the Risk Factors item is a place in a filing, not two factors",
     "Actual results could differ materially because of the risks described under Item 1A, Risk Factors, of our "
     "Annual Report on Form 10-K, Item 7, Management's Discussion and Analysis, and Item 7A, Quantitative and "
     "Qualitative Disclosures About Market Risk.", 0),
    ("'described in ... and include' about products is no list of factors",
     "Our products are described in our catalog and include pumps, valves, meters and filters.", 0),
    ("'included in' a document says where a factor stands, not what the factors are",
     "Actual results could differ materially. We would also call your attention to a new risk factor that is "
     "included in the report we filed last week.", 0),
    ("'included, in particular,' still opens a list",
     "The risks that could make our results differ materially included, in particular, weather, fuel costs, "
     "labor disputes and competition.", 4),
    ("a contact clause strands its preposition: no object is awaited after the comma",
     "Factors that could affect results include the level of debt we take on, the price of oil, the cost of "
     "labor and interest rates.", 4),
    ("a 'whether' question with a subject of its own, alone in a list, is a factor",
     "Factors that could affect results include the price of oil, whether the acquisition closes on time, the "
     "cost of labor and interest rates.", 4),
    ("a lone 'whether' that widens a clause is no factor",
     "Factors that could affect results include competition, the price of oil and interest rates. We undertake "
     "no obligation to update these statements, whether as a result of new information, future events or "
     "otherwise.", 3),
    ("the factors as what could 'make' results differ, the list inverted after 'are'",
     "Among the important factors that could make actual results differ materially are the timing of approvals, "
     "the outcome of litigation, commodity prices and the loss of key customers.", 4),
    ("the differences' causes named in the passive",
     "Actual results could differ materially. Such differences may be caused by changes in oil prices, drilling "
     "results, the availability of rigs and changes in regulation.", 4),
    ("a later sentence whose subject takes up the risks names more of the legend's factors",
     "Factors that could cause results to differ include the price of cocoa, a strike at the bakery and the loss "
     "of our largest grocer. Our plans are subject to risks and uncertainties. These risks include, among others, "
     "new rules on food labels, a fire at our only mill and the cost of sugar.", 6),
    ("a later list of what a plan depends on adds nothing to the factors",
     "Factors that could cause results to differ include the price of cocoa, a strike at the bakery and the loss "
     "of our largest grocer. Our buyback plans depend on a number of factors, including our cash, our share price "
     "and our debt.", 3),
    ("a 'we' sentence among items that are sentences of their risks' own is one of them",
     "Factors that could cause actual results to differ materially include: cocoa prices may rise; our bakers "
     "may strike; and we may lose our largest grocer.", 3),
    ("a lone 'we' sentence after items that are noun phrases stays a clause of the legend",
     "Factors that could cause actual results to differ materially include: the price of cocoa; the cost of "
     "sugar; a strike at the bakery; we may revise our outlook at any time.", 3),
    ("the company's state a factor bears on is no factor of its own",
     "These risks include the effects of the pandemic on our business, results of operations and financial "
     "condition, our ability to retain personnel, fluctuations in exchange rates, and the outcome of legal "
     "proceedings.", 4),
    ("the company's state last in the list stays with its factor",
     "Risks include competition, pricing pressure, regulation and the impact of tariffs on our business, financial "
     "condition, results of operations and cash flows.", 4),
    ("the company's things an effect bears on, each with its own determiner, are no factors of their own",
     "Risks include the effects of the pandemic on our operations, the markets we serve and our financial "
     "results, changes in interest rates and competition.", 3),
    ("a factor among the things an effect bears on breaks the run: each part counts",
     "Risks include the effects of the pandemic on our operations, our ability to raise capital, competition "
     "and regulation.", 4),
    ("each with its own determiner, the company's liquidity and condition are two factors",
     "Risks include our liquidity, our financial condition, competition and regulation.", 4),
    ("verbs after an open infinitive share the last one's object",
     "Such risks include the timing of clinical trials, the review of our product candidates, our ability to "
     "obtain, maintain and enforce patent protection, and our need to raise additional capital.", 4),
    ("examples opened inside an item run on to the 'and' that closes them",
     "Factors that may affect our results include the opening of new restaurants, food safety concerns, the cost "
     "of commodities such as beef, chicken and cheese, and changes in minimum wage laws.", 4),
    ("bare nouns closed by 'and' mid-list coordinate inside the item before them",
     "Risks include the availability of capital, the outcome of our cost reductions, the Company's relationships "
     "with its lenders, suppliers and customers, and the effect of the bankruptcy filing on our business.", 4),
    ("adjectives joined mid-list make a factor of their own",
     "Risks include our ability to retain the staff needed to meet customer needs, economic fluctuations, "
     "existing and emerging competition, changes in demand for our services, and our ability to obtain "
     "financing.", 5),
    ("nouns closed by 'and other' mid-list coordinate inside the item before them",
     "Factors include a slowdown in consumer spending, higher costs for wood, steel and other materials, and the "
     "loss of a major retail customer.", 3),
    ("two-word nouns closed by 'and' mid-list coordinate inside the item before them",
     "Risks include the volatility of prices for crude oil, natural gas and NGLs, the uncertainty of reserve "
     "estimates, and the ability to replace reserves.", 3),
    ("where a factor bears, said after a comma, is no factor",
     "Factors include general economic and business conditions, both nationally and in our markets, changes in "
     "interest rates and competition.", 3),
    ("places go on the item that names where",
     "Factors that could cause results to differ include fuel prices, labor costs, interest rates, and the demand "
     "for air travel in North America, Europe and Asia.", 4),
    ("a two-word country alone between commas is a place too",
     "Factors include the demand for air travel in Europe, the United States, and Asia, fuel prices, labor costs "
     "and interest rates.", 4),
    ("a modifier left open before 'and' shares the noun after it",
     "Risks include delays in the construction of our plant, cost overruns, the availability of feedstock, and "
     "changes in federal and state renewable fuel mandates.", 4),
    ("what the board weighs in a decision is no risk",
     "The Board will consider factors such as earnings, cash flow, capital requirements and financial condition "
     "in deciding future dividends.", 0),
    ("what the board weighed, its subject and verb set off by a comma, is no risk",
     "Our directors weighed several factors, including backlog, leverage, liquidity and tax rules, in setting "
     "the special dividend.", 0),
    ("the factors management considered in setting guidance are no risks",
     "The factors that we considered in setting guidance include backlog, pipeline, seasonality and historical "
     "conversion rates.", 0),
    ("the risk factors readers are told to consider are risks",
     "Investors should consider risk factors such as our limited operating history, our need for capital and "
     "competition, which could cause actual results to differ.", 3),
    ("a list of filed forms is no factor",
     "Factors that could cause actual results to differ materially include those described in our Form 10-K, "
     "our Forms 10-Q and our Forms 8-K, as well as the risk of a recession.", 1),
    ("a list each of whose items has been ruled out names no factor",
     "Factors that could cause actual results to differ materially include the impact of tariffs, the loss of key "
     "customers, changes in interest rates and cybersecurity incidents, each of which management has now ruled out.", 0),
    ("the sentence after the list rules each factor out",
     "Factors that could cause actual results to differ materially include the impact of tariffs, the loss of key "
     "customers and changes in interest rates. We have ruled out each of these factors.", 0),
    ("factors not ruled out stay factors",
     "Factors that could cause actual results to differ materially include the impact of tariffs, the loss of key "
     "customers and changes in interest rates, each of which management has not ruled out.", 3),
    ("a relative clause with a subject of its own rules the list out",
     "The following factors, which our audit committee has ruled out, could cause actual results to differ "
     "materially: a drought in the valley; the price of diesel; the loss of our bottler.", 0),
    ("a relative clause that has not ruled the list out keeps it",
     "Factors that could cause actual results to differ materially, which management has not ruled out, include a "
     "drought in the valley, the price of diesel and the loss of our bottler.", 3),
    ("'each' alone as the subject of 'has been resolved' after the list",
     "Factors that could cause actual results to differ materially include a drought in the valley, the price of "
     "diesel and the loss of our bottler. None of them is still open, as each has been resolved.", 0),
    ("a lead-in inside an item of a list its sentence rules out opens no list",
     "Our managers have ruled out, as reasons for results to differ, the risk that the bottler leaves; the price "
     "of diesel; and risks of our farm holdings, including drought, frost, pests and blight.", 0),
    ("the company excluding the following as factors",
     "Our managers have reviewed and excluded the following as factors that could cause actual results to differ: "
     "a drought in the valley; the price of diesel; the loss of our bottler.", 0),
    ("'none of these remains a risk' after the list takes it back",
     "Factors that could cause actual results to differ materially include a drought in the valley, the price of "
     "diesel and the loss of our bottler. Today none of these remains a risk.", 0),
    ("closed examples leave the list's later items alone",
     "Factors include natural disasters such as hurricanes and floods, commodity prices, labor costs and tariffs.", 4),
    ("a pseudo-cleft on what could make results differ",
     "What could cause results to differ includes weaker demand, higher freight costs, the loss of a key "
     "distributor and unfavourable currency movements.", 4),
    ("numbered items separated by commas",
     "Factors that could cause actual results to differ materially include, but are not limited to: (i) the risk "
     "that our securities may decline in price, (ii) the ability of the company to achieve profitability, positive "
     "cash flows and a working capital surplus, (iii) the risks of our brand, reputation, and public credibility "
     "being harmed, and (iv) competition in the automotive industry.", 4),
    ("numbering that restarts inside semicolon items numbers parts of items",
     "Factors that could cause actual results to differ materially include: decisions by (i) regulators and (ii) "
     "courts; the success of construction projects, including risks related to (i) permits, (ii) budgets and (iii) "
     "schedules; changes in interest rates; and cybersecurity threats.", 4),
    ("a stray letter in parentheses is no numbering",
     "Factors that could cause actual results to differ materially include competition, changes in regulation (a) "
     "and interest rates.", 3),
    ("comma items ending with a preposition share the object after them",
     "These risks include, among others, the uncertainties inherent in research and development, cost of, "
     "progression of, and results from, our ongoing clinical trials, exchange rate fluctuations and our ability "
     "to raise capital.", 4),
    ("a date's comma is no item break",
     "These risks include competition, changes in regulation and interest rates, as well as risks discussed in "
     "our annual report filed on April 5, 2024 with the Securities and Exchange Commission.", 3),
    ("repeated openings mark items a comma joined inside a semicolon item",
     "Factors that could cause actual results to differ materially include: our ability to sell our products, "
     "our ability to compete in our industry; our ability to hire and retain staff; our ability to borrow on "
     "favorable terms; and changes in law.", 5),
    ("a catch-all's own named factors count",
     "Factors that could cause actual results to differ materially include: disruptions in the credit markets; "
     "changes in laws and regulations; and other factors beyond our control, including without limitation, "
     "changes in the general economy, changes in interest rates and geopolitical conflicts.", 5),
    ("a catch-all pointing to another document names no factor",
     "Factors that could cause actual results to differ materially include: competition; changes in laws; "
     "interest rates; and other factors described in our filings with the SEC, including our Form 10-K.", 3),
    ("the last pair splits before a clause of the legend",
     "These statements involve risks, including competition, regulation and interest rates, and actual "
     "results could differ materially.", 3),
    ("'or others' finishes a factor, it is no second one",
     "Factors that could cause actual results to differ materially include competition, changes in "
     "regulation and actions taken by governmental authorities or others.", 3),
    ("a negation inside a relative clause set off by commas does not deny the list",
     "These statements are subject to risks and uncertainties, some of which cannot be predicted or quantified, "
     "and involve risks including, among others, competition, changes in regulation and interest rates.", 3),
    ("the cue words after 'words such as' are no factors, nor is 'a variety of factors'",
     "These statements rest on management's expectations and assumptions. Words such as expects, anticipates, "
     "plans, believes and forecasts identify them. Actual results may differ materially due to a variety of "
     "factors, including the risk factors discussed in our Form 10-K.", 0),
    ("'among others, those related to:' points at the bullets under it, it is no factor",
     "Factors that could cause actual results to differ materially include, among others, those related to:\n\n"
     "\u2022 competition,\n\n\u2022 regulation, and\n\n\u2022 interest rates.", 3),
    ("'in particular' qualifies the list, it is no factor",
     "Risks and uncertainties include, in particular, competition from generic drugs, pricing pressure, "
     "regulatory delays and manufacturing problems.", 4),
    ("a short 'x or y' after a comma finishes the factor before it",
     "Factors that could cause actual results to differ materially include competition, disruption that may "
     "harm our relationships with customers, employees or partners, delays in obtaining permits, consents or "
     "authorizations, and changes in interest rates.", 4),
    ("a company's legal form after a comma is part of its name; 'copies of which' is a clause",
     "Factors that could cause actual results to differ materially include the outcome of our dispute with "
     "Tesla, Inc. before the arbitrator, changes in interest rates, and the risks in our annual information form, "
     "copies of which can be found on our website.", 2),
    ("a lead-in phrase does not run over a sentence end, unless the second sentence refers back",
     "The company's actual results could differ materially. The forward-looking statements herein include "
     "statements about the expected completion of the offering, the use of proceeds and the listing of the "
     "shares.", 0),
    ("'These include' after a sentence about factors continues it",
     "Actual results could differ materially due to many factors. These include competition, regulation and "
     "interest rates.", 3),
    ("a page number and running header between bullets do not end the list",
     "These statements involve risks, including, among others, those related to:\n\n\u2022 competition,\n\n"
     "\u2022 changes in regulation,\n\n7\n\nTable of Contents\n\n\u2022 interest rates, or\n\n"
     "\u2022 inflation.", 4),
    ("a list of assumptions the sentence's subject names is no list of factors",
     "Material assumptions used to prepare our outlook include: steady demand for our services; stable "
     "borrowing costs; the timely opening of two new plants; and no change in tariffs. Results could differ "
     "materially because of competition.", 1),
    ("the last item's own factor before a trailing catch-all that points elsewhere counts",
     "Factors that could cause results to differ materially include: rising freight costs; the loss of a key "
     "distributor; and our ability to renew our credit line and other risks described in our filings with the "
     "SEC.", 3),
    ("assumptions said to be able to cause results to differ are factors",
     "Assumptions that could prove wrong and cause our results to differ materially include: steady demand for "
     "our services; stable borrowing costs; and no change in tariffs.", 3),
    ("a caution's negation does not deny the list in the reason clause after it",
     "Investors should not rely unduly on these statements, as these statements involve risks that could cause "
     "results to differ materially, including higher steel prices, weaker freight demand and the loss of a "
     "large customer.", 3),
    ("... nor in a relative clause set off by a comma on the statements it cautions about",
     "Readers are cautioned not to place undue reliance on these statements, which are subject to risks including "
     "higher steel prices, weaker freight demand and the loss of a large customer.", 3),
    ("... but a negation inside that relative clause denies the list",
     "Readers should not rely on these statements, which are not subject to risks including higher steel prices, "
     "weaker freight demand and the loss of a large customer.", 0),
    ("'the most significant of these' takes up the risks of the sentence before",
     "These statements are subject to risks and uncertainties. The most significant of these include higher steel "
     "prices, weaker freight demand and the loss of a large customer.", 3),
    ("a fronted subject list after 'Investors should note that factors such as' starts at its first factor",
     "Investors should note that factors such as higher steel prices, weaker freight demand, the loss of a large "
     "customer or labor disputes could cause results to differ materially.", 4),
    ("bulleted items closed by full stops after a factor sentence head stay one factor each",
     "Factors include the following:\n\n• Higher steel prices.\n\n• Weaker freight demand.\n\n• Our ability to "
     "retain drivers.\n\n• The outcome of pending litigation.\n\n", 4),
    ("parallel 'that' clauses are factors from the first one on",
     "Results could differ materially, including without limitation that fuel costs may stay high and delay "
     "orders; that a new model may launch late; that dealers may cut inventory; and that a supplier may fail.", 4),
    ("a repeated risk head after a comma inside a semicolon item opens a further factor",
     "Factors that could cause results to differ materially include: weaker demand; higher freight costs; "
     "risks relating to our patents, risks related to product recalls, risks associated with our new plant; "
     "and the other risks described in our filings with the SEC.", 5),
    ("a bare factor and a determiner's noun phrase joined by 'and' before a catch-all are two factors",
     "These risks include delays in our store openings, freight prices and the willingness of our main "
     "lender to extend the maturity of our term loan and other risks set out in our Form 10-K.", 3),
    ("a long pair without a determiner on its second part stays one factor",
     "These risks include delays in our store openings, freight prices, and demand and pricing for the "
     "seasonal goods our stores in coastal towns sell during summer.", 3),
    ("several items stating a risk with 'we' for subject are factors",
     "Factors that could cause results to differ materially include: rising freight costs; we may lose our "
     "largest customer; we depend on a single supplier of glass; we may be unable to refinance our notes; and "
     "changes in tariffs.", 5),
    ("'some of these factors are:' after a sentence about differing opens the list",
     "Results could differ materially. Some of these factors are: rising rents; staff turnover; and food costs.", 3),
    ("'are:' after a subject that is not the factors opens no list",
     "Results could differ materially. The assumptions behind our rent factors are: stable rents; low turnover; "
     "and flat food costs.", 0),
    ("'materially different ... as a result of' opens its causes like 'differ materially'",
     "Our results could be materially different from our forecasts as a result of risks associated with rising "
     "rents, staff turnover and food costs.", 3),
    ("the causes a difference 'may result from' are factors",
     "Results could differ materially. Such differences may result from: rising rents; staff turnover; and food "
     "costs.", 3),
    ("a relative clause closing a semicolon list is no part of its last item",
     "Readers should weigh the following risks: rising rents; staff turnover; and food costs, any of which could "
     "make results differ materially.", 3),
    ("a clause about results differing ends a comma list; its objects are no factors",
     "Risks include supplier delays, storms, labor shortages and other factors that could cause our sales, "
     "margins, staffing or actual results to vary materially.", 3),
    ("adjectives sharing the noun of 'and other factors' name kinds of factors, none specific",
     "Actual results may differ materially because of risks, including legislative, technological, financial "
     "and other factors outside our control.", 0),
    ("'including statements regarding:' opens a list of topics, not factors",
     "This release contains forward-looking statements that involve risks and uncertainties, including "
     "statements regarding: the launch of our app; our hiring plans; our cash runway; our store openings; and "
     "our dividend. Actual results could differ materially because of risks including the loss of a key "
     "supplier; our ability to raise capital; and competition.", 3),
    ("'including statements based on' our expectations lists the statements' grounds, not factors",
     "This annual report contains forward-looking statements that involve risks and uncertainties, including "
     "statements based on our current expectations, assumptions, estimates and projections about us and our "
     "industry. Actual results could differ materially because of risks including the loss of a key supplier; "
     "our ability to raise capital; and competition.", 3),
    ("the last pair of a list of parallel 'whether' questions splits like any other",
     "Results could differ materially depending on whether our stores reopen, whether freight rates fall "
     "and whether the new warehouse opens on time.", 3),
    ("topics after the lead-in's own qualifier are no factors",
     "These statements, which involve risks and uncertainties, include, among other things, statements about "
     "our fleet renewal, our route network, our fuel hedges and our labor contracts.", 0),
    ("'projections or statements regarding:' after the qualifier lists topics, bulleted or not",
     "These forward-looking statements, which are subject to risks, uncertainties and assumptions about us, may "
     "include, among other things, projections or statements regarding:\n\n• our future financial "
     "performance;\n\n• our future capital expenditures;\n\n• our anticipated rate of store openings; and\n\n"
     "• our anticipated costs related to store openings.\n\n", 0),
    ("'among others' before the statements' topics is the qualifier, not another party's statements",
     "Examples of forward-looking statements include, among others, statements we make regarding: our outlook; "
     "our dividends; and our strategy. Important factors that could cause actual results to differ materially "
     "include, among others, the following: competition in our markets; changes in demand; and the loss of key "
     "customers.", 3),
    ("risks that others describe in their own reports are still another's list",
     "The risks that others describe in their own reports include, among others, competition in our markets, "
     "changes in demand and the loss of key customers.", 0),
    ("projections named as a factor's subject after the list's own lead-in still count",
     "Actual results could differ materially because of risks, including projections of demand that prove "
     "wrong; higher steel prices; and delays at our suppliers.", 3),
    ("the company's expectations regarding its topics are no factors",
     "Our forward-looking statements, which are subject to risks, include our expectations regarding fleet "
     "renewal, new routes, fuel hedges and labor contracts.", 0),
    ("direct questions after a colon are factors, one each",
     "Factors that could cause our results to differ materially include: Will our main lender renew the credit "
     "line? Can we keep our two largest buyers? Will the county approve the new mill? Do freight rates rise?", 4),
    ("form numbers after a comma are one reference, no factor",
     "Factors that could cause actual results to differ materially include competition, regulation, interest "
     "rates and other risks detailed in our reports on Forms 10-K, 10-Q and 8-K filed with the SEC.", 3),
    ("an undamaged word near a lead-in's is no OCR damage: the lead-in's sentence must still be about results",
     "Holders of the notes bear market risk including late payment of coupons, lost income and the loss of "
     "the capital they invested.", 0),
    ("risks opening their clause after a fronted phrase set off by a comma open a list",
     "Our plans carry risks. By way of example, such risks include a late harvest, a strike at the port and "
     "higher diesel prices.", 3),
    ("an item repeated word for word is one factor",
     "Factors that could cause actual results to differ materially include: the loss of a key customer; a fire "
     "at the mill; the loss of a key customer; and higher energy costs.", 3),
    ("factors held under a caption of another document are pointed at, not named",
     "Factors that could cause actual results to differ materially include: a fire at the mill; higher energy "
     "costs; a strike; and other risks to be set out in the merger prospectus, including those under "
     "\"Risk Factors\" therein.", 3),
    ("a catch-all after the last factor that names only documents after 'including' is cut from it",
     "Factors that could cause actual results to differ materially include: a fire at the mill; higher energy "
     "costs; and a strike at the port, as well as the other factors described in our annual report, including "
     "the annual report we will file next year.", 3),
    ("factors named before 'could cause ... to differ' are the verb's subject list",
     "Changes in freight rates, the loss of our largest grocer and a late harvest could cause actual results "
     "to differ materially from these statements.", 3),
    ("factors named before 'are among the risks that could affect' count",
     "Hail, a strike at the port and rising diesel prices are among the risks that could affect our results.", 3),
    ("a list of words in quotation marks after 'such as' is the statements' words, no factors",
     "Forward-looking information relates to forecasts, results of operations, risk management and qualified "
     "statements such as \"expected\", \"scheduled\", \"targeted\" or \"planned\".", 0),
    ("a quoted word inside a factor leaves the list of factors standing",
     "Factors that could cause results to differ materially include rising rates, so-called \"sticky\" inflation "
     "and new tariffs.", 3),
    ("factors named before 'are the factors that could cause' (all of them) count",
     "Hail, a strike at the port and rising diesel prices are the factors that could cause actual results to "
     "differ materially from our outlook.", 3),
    ("a list before 'are the factors we weigh' is no list of risks",
     "Hail, a strike at the port and rising diesel prices are the factors we weigh in setting freight rates, "
     "and actual results could differ materially.", 0),
    ("after a linking adverb, factors before 'could adversely affect' count",
     "In addition, drought, new tariffs, and the loss of a key supplier could materially and adversely affect "
     "our business.", 3),
    ("factors named before 'could result in results differing' count, a qualifier set off is none",
     "A wet spring, costlier feed or the loss of our dairy buyer, for example, could result in actual results "
     "differing materially from our forecasts.", 3),
    ("strengths before 'could result in results improving' are no factors",
     "A dry spring, cheaper feed and a new dairy buyer could result in results improving this year.", 0),
    ("strengths before 'could cause results to improve' are no factors",
     "Strong demand for our boats, lower steel costs and a new dealer network could cause results to improve "
     "next year.", 0),
    ("topics before 'are discussed in this release' are no factors",
     "Our store openings, our hiring plans and our dividend are discussed in this release, and actual results "
     "could differ materially.", 0),
    ("risks and assumptions before 'which may cause' are a relative clause's antecedent, no subject list",
     "These statements involve known and unknown risks, uncertainties, assumptions and other factors which may "
     "cause actual results to differ materially.", 0),
    ("a verb ending a relative clause after the risks has no subject list before it",
     "While we think our plans are sound, they are subject to risks, costs and delays, many of which are beyond "
     "our control and could adversely affect our results.", 0),
    ("the objects of 'predict' before 'the extent to which any factor may cause' are no factors",
     "We cannot foresee every risk, the effect of each factor on our mills, or the extent to which any factor, "
     "or mix of factors, may cause actual results to differ materially.", 0),
    ("one factor before 'could cause' is a clause's subject, no list",
     "A downturn in orders could cause actual results to differ materially.", 0),
    ("in a numbered list a semicolon inside one numbered item does not split it",
     "Factors that could cause actual results to differ materially include: (i) higher grain prices; (ii) a "
     "strike at the bakery; (iii) delays in permitting; and the cost of the new oven line; and (iv) new rules on "
     "food labels.", 4),
    ("a catch-all after a numbered item's semicolon stays apart and names no factor",
     "Factors that could cause actual results to differ materially include: (i) higher grain prices; (ii) a "
     "strike at the bakery; (iii) new rules on food labels; and other risks described in our Form 10-K.", 3),
    ("numbering inside one item of an unnumbered list leaves the list's semicolons as item breaks",
     "Factors that could cause actual results to differ materially include: higher grain prices; the risks of "
     "(i) fire, (ii) flood and (iii) hail; a strike at the bakery; and new rules on food labels.", 6),
    ("a part ending on a preposition keeps its object past an aside that repeats the list's head",
     "Factors that could cause actual results to differ materially include: our ability to ship on time; our "
     "ability to hire welders; our ability to keep our permits; changes in, and our ability to foresee, the price "
     "of steel; and new tariffs.", 5),
    ("failing to file a report with the SEC is a factor, not a pointer to one",
     "Factors that could cause actual results to differ materially include: a drop in ore grades; higher diesel "
     "prices; our possible failure to timely file our annual report on Form 10-K with the Securities and Exchange "
     "Commission; and other risks described in our filings with the SEC.", 3),
    ("'as well as' before the last pair of a comma list does not hide the pair",
     "Factors that could cause actual results to differ materially include competition in our markets, changes "
     "in interest rates, as well as the loss of a key customer and delays at our plant.", 4),
    ("the documents a pointer names, and where they are kept, are no factors",
     "These statements are subject to risks and uncertainties, including the risks described in the Registration "
     "Statement on Form S-1, the preliminary prospectus and the final prospectus, each filed with the SEC, and in "
     "our other filings.", 0),
    ("a pointer's parts of a report and its press releases are no factors",
     "Actual results may differ materially from those projected due to a number of factors, including those "
     "described in Part I, Item 1A of our most recent Annual Report, in Part II, Item 1A of our subsequent "
     "Quarterly Reports, and in our press releases and other public statements.", 0),
    ("'the foregoing' at the end of a factor of its own is no pointer; a short catch-all about it is",
     "Factors that could cause actual results to differ materially include: uncertain demand for our pumps in the "
     "farm sector and the effect of field trials, whether run by us or by our customers, on any of the foregoing; "
     "the price of copper; delays at our plant; and assumptions underlying any of the foregoing.", 3),
    ("the places a pointer's documents are kept are no factors",
     "Risks include those set forth in our reports on Form 10-K and Form 10-Q, copies of which are available from "
     "our investor relations department, our website and the SEC.", 0),
    ("what the board weighs in declaring dividends is no list of risk factors",
     "The declaration of future dividends will depend on factors such as our earnings, our capital needs, our "
     "financial condition and other factors the board deems relevant. Actual results could differ materially.", 0),
    ("a payout's considerations after a fronted phrase are no list of risk factors either",
     "As before, any future share repurchases will depend on many factors, including our cash flow, the price of "
     "our shares, market conditions and our debt levels. Actual results could differ materially.", 0),
    ("'forward-looking statements involve risks and include ...' lists the statements' topics",
     "Forward-looking statements involve risks and uncertainties and include, without limitation, our guidance for "
     "2025, our expected capital expenditures, our expected tax rate and our share repurchase plans.", 0),
    ("dividends that could be affected by named factors are a list of risks",
     "Our dividends could be affected by factors such as a drop in ore grades, higher diesel prices and a strike "
     "at the mine.", 3),
    ("a sentence after a company's legal form is a sentence of its own",
     "These statements appear in many places in this release and include statements regarding the aims, hopes or "
     "current plans of Bolt Tools, Inc. These statements are subject to risks, including, but not limited to, a "
     "strike at our mill; the loss of our biggest buyer; and rising rates.", 3),
    ("'its effects' after a factor are that factor's, no factor of their own",
     "Actual results could vary materially depending on risks inherent in local farm markets, competition from "
     "credit unions, the level of interest rates, or the spread of avian flu, and its effects on our borrowers' "
     "income, as well as its impact on land values and crop prices.", 4),
    ("factors said one to a sentence after the list go on with it",
     "Risks that could cause actual results to differ materially include rising rents, staff turnover and food "
     "costs. Uncertainty regarding the length of the drought in our growing regions.\nAlso, our ability to "
     "renew our store leases on fair terms.", 5),
    ("'include but aren't limited to', read aloud, is the hedge 'not limited to' is",
     "Results could differ materially. The risks include but aren't limited to a strike at our mill, the loss "
     "of our biggest buyer and rising rates.", 3),
    ("the kinds before a catch-all's second 'other' are no factor",
     "Factors that could cause results to differ materially include: rising rents; staff turnover; food costs; "
     "and other economic, political, social and other risks described in our Form 10-K.", 3),
    ("'differ materially based on' opens its list, as a call reads it",
     "Actual results could differ materially based on a strike at our mill, the loss of our biggest buyer and "
     "rising rates.", 3),
    ("a qualifier between the noun and 'are' leaves the lead-in whole",
     "Results could differ materially. Those factors, among others, are a strike at our mill, the loss of our "
     "biggest buyer and rising rates.", 3),
    ("'factors like' lists as 'factors such as' does",
     "These statements involve factors like a strike at our mill, the loss of our biggest buyer and rising "
     "rates, and results may differ materially.", 3),
    ("a damaged lead-in in a sentence about results still opens its list",
     "Factors that could cause actual results to differ materially inclnde competition, regulation and "
     "interest rates.", 3),
    # eighteenth corpus batch: what cannot be assured is uncertain; adjectives coordinated before
    # one noun; a head repeated after a comma inside a semicolon item
    ("'no assurance as to:' opens a list of what is uncertain",
     "With demand this uncertain, there can be no assurance as to: (a) the effect of tariffs on our costs; (b) "
     "our ability to renew the loan on fair terms; (c) the pace at which stores reopen; and (d) other risks "
     "beyond our control.", 3),
    ("'no assurances can be given regarding:' opens its list too",
     "In the present market, no assurances can be given regarding: the price of copper; the timing of permits; "
     "and the cost of diesel.", 3),
    ("assurances that are given open no list of uncertainties",
     "In the present market, full assurances can be given regarding: the price of copper; the timing of "
     "permits; and the cost of diesel.", 0),
    ("adjectives joined by 'and' before one noun, then an aside and a clause, are one factor",
     "These statements involve known and unknown risks, including, but not limited to, regional, state and "
     "federal fiscal, monetary and trade policies, in general and specifically, as they affect the shipping "
     "industry and Acme.", 1),
    ("a semicolon item that repeats its head after a comma holds two factors",
     "Important factors that could cause actual results to differ materially include Acme's ability to win "
     "new contracts, Acme's ability to keep its key engineers, including its founders; freight costs and steel "
     "prices; and the risks set out in Acme's filings with the SEC.", 3),
    # nineteenth corpus batch: catch-alls with a quantifier or several kinds before their noun, and
    # the outcome of an activity called its "actual results"
    ("a catch-all with several kinds before a general noun names no factor",
     "Risks that could cause actual results to differ materially include, but are not limited to: late "
     "delivery of our kilns; the loss of our distributor; higher clay prices; and other unexpected "
     "commercial, technical or legal developments.", 3),
    ("a quantified catch-all with a party's control names no factor",
     "These risks include, among others, Acme's ability to open new stores, rising rents, the weather, and "
     "numerous other factors beyond Acme's control.", 3),
    ("the actual results of an activity are a factor",
     "Factors that could cause actual results to differ materially include: uncertainty about the actual "
     "results of our drilling program; the price of copper; and the availability of financing.", 3),
    ("the actual results of operations are no factor of their own",
     "Factors that could cause actual results to differ materially include: the price of copper; the "
     "availability of financing; and the actual results of operations.", 2),
    ("a bare 'changes' split from the pair before a catch-all names nothing that changes",
     "These risks include, among others, the timing of permits, local zoning rules and changes, and "
     "numerous other factors beyond Acme's control.", 2),
    ("a party 'referred to above' inside a 'risk that' factor is no pointer",
     "Factors that could cause actual results to differ materially include: (i) the risk that Acme and the "
     "distributor described above fail to sign a supply contract; (ii) the price of resin; and (iii) the "
     "loss of key staff.", 3),
    ("'therein' after places is no pointer to a document's factors",
     "Factors that could cause actual results to differ materially include: rulings by regulators in Ohio and "
     "the towns therein; the price of steel; and shortages of skilled labour.", 3),
    # twentieth corpus batch: the last comma part, a bare noun and a determiner's phrase with an
    # "and" of its own
    ("a bare noun and a phrase with its own 'and' close a comma list as two factors",
     "These risks include, among others, rising freight costs, the weather, supplier delays, labour shortages "
     "and the ability to draw on bank lines and shareholder loans.", 5),
    ("'and the risk that' inside a semicolon item opens a second factor",
     "Factors that could cause actual results to differ materially include: our reliance on one kiln and the "
     "risk that it fails; higher clay prices; and the loss of our distributor.", 4),
    ("', and the risk that' after an elaboration stays in its item",
     "Factors that could cause actual results to differ materially include: risks of our expansion plan, "
     "including delays in permits, and the risk that the plan fails; higher clay prices; and the loss of our "
     "distributor.", 3),
    # twenty-first corpus batch: verbs in a series that share the object of the last one
    ("an infinitive left without its object shares the object of the verbs after the comma",
     "Factors that could cause actual results to differ materially include our inability to finish, test "
     "or license the new kiln design, a shortage of clay, and the loss of our largest buyer.", 3),
    ("an infinitive with an intransitive verb closes its own factor",
     "Factors that could cause actual results to differ materially include our ability to expand, our ability "
     "to hire potters, and the price of clay.", 3),
    # own wording, written while probing the risk-factors element with new list shapes
    ("later 'that' clauses of 'the possibility that' are factors whatever their subject",
     "Factors that could cause actual results to differ materially include the possibility that the kiln "
     "fails, that we lose our glaze supplier, and that they raise clay prices.", 3),
    ("'; and that' after 'the risk that' opens a factor too",
     "Factors that could cause actual results to differ materially include the risk that orders fall; that it "
     "takes a year to rebuild the kiln; and that we cannot hire potters.", 3),
    ("a 'whether' question closing a noun list is one of its factors",
     "Uncertainties that could cause actual results to vary include the price of clay, the length of the "
     "downturn, and whether we can keep our largest buyer.", 3),
    ("one 'whether' question about the statements is no factor",
     "Factors that could cause actual results to differ materially include competition and interest rates, "
     "and we will not update these statements, whether as a result of new information or otherwise.", 1),
    ("a cause named by 'because of' after 'differ', without 'materially'",
     "Our actual results could differ significantly because of risks associated with our debt, our kilns in "
     "Mexico, and the price of natural gas.", 3),
    ("a cause named by 'depending on', after a qualifier",
     "Actual results may vary depending on, among other things, the price of clay, freight rates and the "
     "health of the housing market.", 3),
    ("a cause named by 'owing to' points only at documents: no factor",
     "Our results could vary owing to the matters discussed in our annual report, in our proxy statement and "
     "in our registration statement.", 0),
    ("items numbered '1.' on lines of their own",
     "Factors that could cause actual results to differ materially include:\n1. the price of clay\n"
     "2. the loss of our largest buyer\n3. a fire at the kiln", 3),
    ("items lettered 'a)' in a sentence",
     "Factors that could cause actual results to differ materially include a) the price of clay, b) the loss "
     "of our largest buyer, which buys a third of our tiles, and c) a fire at the kiln.", 3),
    ("'etc.' closing a list is no factor, nor what the next sentence opens with",
     "Factors that could cause actual results to differ materially include clay prices, freight, etc. These "
     "are described in our annual report.", 2),
    ("'Among them:' after a sentence about factors",
     "Several factors could cause actual results to differ materially. Among them: the price of clay, "
     "freight rates and the loss of our largest buyer.", 3),
    ("factors given as examples",
     "Several factors could cause actual results to differ materially, for instance the price of clay, "
     "freight rates and the loss of our largest buyer.", 3),
    ("a cause named by 'in light of'",
     "Actual results could differ materially in light of the price of clay, freight rates and the loss of "
     "our largest buyer.", 3),
    ("what is uncertain, named after 'uncertainties exist regarding'",
     "Uncertainties exist regarding the price of clay, freight rates and the loss of our largest buyer, any "
     "of which could cause actual results to differ materially.", 3),
    ("a cause repeated only to be denied sets what follows apart",
     "Actual results could differ significantly because of several factors, though certainly not because of "
     "the price of clay, freight rates or the loss of our largest buyer.", 0),
    ("a price's decimal point is no numbered item",
     "Factors that could cause actual results to differ materially include a drop of 2. 5 percent in tile "
     "prices and the loss of our largest buyer.", 1),
    ("a second list that adds 'other factors' is counted with the first",
     "Factors that could cause actual results to differ materially include the price of clay, freight rates "
     "and kiln outages. Other factors include the loss of our largest buyer, a strike at our plant and "
     "rising rates.", 6),
    ("a factor named in both lists counts once",
     "Factors that could cause actual results to differ materially include the price of clay and freight "
     "rates, as well as kiln outages. Additional factors include freight rates and a strike at our plant.", 4),
    ("a later list without 'other' or 'also' is not added: the longest list counts",
     "Factors that could cause actual results to differ materially include the price of clay, freight rates "
     "and kiln outages. Risks to our plans include a strike at our plant and rising rates.", 3),
    ("a pair before 'as well as' is two factors",
     "Factors that could cause actual results to differ materially include the price of clay and freight "
     "rates, as well as the loss of our largest buyer.", 3),
    ("parallel 'that' clauses joined by commas, whatever their subject",
     "The risks include that tile demand may weaken, that clay prices may rise and that we may lose our "
     "largest buyer.", 3),
    ("a cause repeated with its preposition ('from ..., from ... or from ...')",
     "Such differences could arise from weaker tile demand, from higher clay prices or from the loss of our "
     "largest buyer.", 3),
    ("'of' repeated under one head is one factor",
     "Factors that could cause actual results to differ materially include changes in the price of clay, of "
     "kaolin and of feldspar, and the loss of our largest buyer.", 2),
    # (twenty-third corpus batch: assumptions, copulas, clause subjects, beliefs, paired activities)
    ("a list that opens by naming assumptions lists no factors",
     "Although the Company bases these statements on assumptions it believes were reasonable, which include, but "
     "are not limited to, assumptions with respect to the Company's growth, future prospects, the execution of its "
     "strategy and stable tax rules, actual results may differ materially.", 0),
    ("assumptions named as a factor after 'could cause' still count",
     "Factors that could cause results to differ materially include, among others, assumptions regarding demand "
     "proving incorrect, competition and changes in law.", 3),
    ("'is not exhaustive' after a lead-in's copula lists nothing",
     "Actual results may differ materially due to competition. The list of factors that may affect future results "
     "is not exhaustive, and new, unforeseeable risks may arise.", 1),
    ("'are not limited to' after a lead-in's copula still lists",
     "The factors that could cause results to differ are not limited to competition, regulation and interest "
     "rates.", 3),
    ("the subjects of a 'the risk that' clause, parted by commas, are one factor",
     "Factors that could cause results to differ include competition, changes in law, and the risk that prices, "
     "volumes, margins and costs will move against us.", 3),
    ("a 'the risk that' clause with its verb ends at the comma",
     "Factors that could cause results to differ include the risk that demand falls, competition and changes in "
     "law.", 3),
    ("documents after a pointer (listing application, financial statements, MD&A, AIF) are no factors",
     "Actual results could differ materially due to the risks set forth in our listing application, the interim "
     "consolidated financial statements for the quarter, the management's discussion and analysis for the quarter "
     "and the annual information form, and the risk of delays in permitting.", 1),
    ("the company's belief frames risks that open its clause",
     "The Company believes that its principal risk factors include its limited capital; its need for financing; "
     "changes in the economy; and changes in law. Other risks include risks associated with the media industry, "
     "terrorism and the transition to a new management team.", 7),
    ("another party's belief frames no list of the legend's",
     "Our customers believe that their principal risk factors include limited capital; the need for financing; "
     "changes in the economy; and changes in law. Other risks include risks associated with the media industry, "
     "terrorism and the transition to a new management team.", 3),
    ("two activity nouns under one modifier are one thing done",
     "Risks include market conditions, regulatory approvals, operational risks associated with mineral exploration "
     "and development, and other risks detailed in our filings.", 3),
    ("a noun that is no activity after 'and' is still a second factor",
     "Risks include market conditions, regulatory approvals, changes in interest rates and inflation, and other "
     "risks detailed in our filings.", 4),
    ("a last pair with several 'and's parts at the one a determiner follows",
     "Such factors include risks relating to our short operating history, our planned drilling and testing "
     "activities on the properties and the need to obtain environmental and water permits.", 3),
    ("a last pair with no 'and' before a determiner stays whole",
     "Such factors include risks relating to our short operating history, our planned drilling and testing "
     "activities and permits.", 2),
    ("a bare aspect noun before 'and' shares the complement of the noun after it",
     "Risks that could cause results to differ materially include currency swings, new tariffs, the severity and "
     "duration of the pandemic.", 3),
    ("an adjective before the bare aspect noun keeps it bare",
     "Factors that could cause results to differ materially include rising rates, lower rents, the potential impact "
     "and uncertainty surrounding new tariffs.", 3),
    ("a pair of the timing and outcome of one thing is one factor",
     "Risks that could cause results to differ materially include currency swings, new tariffs, the timing and "
     "outcome of our patent trial.", 3),
    ("a complete first noun before 'and' is still a factor of its own",
     "Risks that could cause results to differ materially include currency swings, new tariffs, the weather and "
     "changes in interest rates.", 4),
    ("a complete first noun before 'and' stays apart from a second aspect noun",
     "Risks that could cause results to differ materially include currency swings, new tariffs, the weather and "
     "the outcome of our patent trial.", 4),
    ("the last item '<kind> factors' of an inline list is a factor, not a group heading",
     "Risks that could cause results to differ materially include economic conditions, market demands, and "
     "competitive factors.", 3),
    ("'regulatory factors' closing a list is regulation",
     "Risks that could cause results to differ materially include weaker demand, higher freight costs and "
     "regulatory factors.", 3),
    ("after a serial comma's 'and' the last item keeps its own 'and'",
     "Factors that could affect results include the pace of new orders, the price of resin, and our ability to "
     "recruit and keep trained drivers.", 3),
    ("after a serial comma's 'and', a determiner after the item's own 'and' starts another factor",
     "Factors that could affect results include the pace of new orders, the price of resin, and the loss of a "
     "key supplier and the cost of freight.", 4),
    ("verbs after any open infinitive share a determined object",
     "Factors that could affect results include our use of contract makers to mould, print and pack our "
     "bottles, and the timing of retailer resets.", 2),
    ("a known verb in a run after 'ability to' makes the run share the object",
     "Risks include the timing of resets, the loss of a key account, and our ability to hire, coach and retain "
     "seasonal staff.", 3),
    ("aspect nouns in a serial-comma run share the complement of the last one",
     "Risks include the scope, cost, and outcome of our product recall, and a rise in tariffs.", 2),
    ("a one-word noun and a longer one closed by 'and' finish the object of the item before",
     "Risks include lower sales to our dealers in the marine, trucking and farm equipment markets, and a rise "
     "in resin prices.", 2),
    ("a modifier closed by 'and' after a prepositional object stays a factor of its own",
     "Risks include changes in consumer demand, existing and emerging competition, and a rise in resin prices.", 3),
    ("short nouns closed by 'and' after a relative clause are that clause's objects",
     "Risks include lower store traffic, which may depend on weather, gasoline prices and employment levels, "
     "the loss of a key supplier, rising wages and freight costs.", 4),
    ("developments that could cause results to differ open a list",
     "Developments that could cause our actual results to differ include lower store traffic, rising wages and "
     "the loss of a key supplier.", 3),
    ("'the following could cause' opens a list",
     "The following could cause actual results to differ materially: lower store traffic; rising wages; the loss "
     "of a key supplier.", 3),
    ("risks 'arising from' after 'subject to' open a list",
     "These statements are subject to risks arising from lower store traffic, rising wages and the loss of a key "
     "supplier.", 3),
    ("results differing 'as a consequence of' open a list",
     "Actual results could differ materially from those projected as a consequence of lower store traffic, "
     "rising wages and the loss of a key supplier.", 3),
    ("'other factors' closing a list stays a catch-all",
     "Risks that could cause results to differ materially include economic conditions, market demands, and other "
     "factors.", 2),
    ("two whole factor phrases joined by 'and', with no comma list around them, are two factors",
     "Factors that could cause results to differ include changes in freight rates and the loss of our largest "
     "distributor.", 2),
    ("a long last pair of whole factor phrases parts as a short one does",
     "Risks include weaker demand, the failure to renew our credit facility on commercially reasonable terms and "
     "the outcome of the arbitration with our former joint venture partner in Chile.", 3),
    ("a second half without a complement of its own shares the first one's: one factor",
     "Risks include the effects of drought and the heat on our orchards.", 1),
    ("a second 'because' after 'and' gives a second reason",
     "Actual results could differ materially because of delays at our port terminals and because our largest "
     "charterer may not renew its contract.", 2),
    ("people named after a preposition are its objects, not a second factor",
     "Risks include the outcome of talks with our landlords and the holders of our debentures.", 1),
    ("a subordinate clause set off inside the words before the verb: they are no subject list",
     "Our projections rest on assumptions that, if they turn out wrong or never come about, could cause results "
     "to differ materially.", 0),
    ("'included' followed by where is a participle placing statements, not a listing verb",
     "Actual results could differ materially for many reasons. Weigh these factors in reading the statements "
     "included in this release, and do not rely on them unduly.", 0),
    ("'included' as the past of the listing verb still opens a list",
     "Factors that could cause results to differ included weaker demand, higher freight costs and a strike at "
     "our mill.", 3),
    # list structure read from English (issue 9, lists-1)
    ("nouns closed by 'and other' and their kind are more members of the object before them",
     "Factors that could cause results to differ include the departure of our founder, president and other "
     "senior managers.", 1),
    ("members of an object's kind mid-list stay with their item",
     "Risks include freight costs, the resignation of our chairman, treasurer and other officers, and a strike "
     "at our bakery.", 3),
    ("'and other' with a kind of factor closes the list of factors",
     "Risks include the price of flour, drought and other weather conditions.", 2),
    ("parallel conditions after 'differ materially if' are factors",
     "Our results could differ materially if orders for our boats slow, if the cost of resin climbs, or if our "
     "dealers cannot obtain floor-plan credit.", 3),
    ("conditions that the legend's own risks come about name no factor",
     "Our results could differ materially from our forecasts if one or more of these risks or uncertainties "
     "materialize, or if underlying assumptions prove incorrect.", 0),
    ("a preposition repeated after 'and' repeats the lead-in's, a second factor",
     "Our results could differ materially due to a late harvest in our orchards and to higher fuel prices for "
     "our trucks.", 2),
    ("a preposition the first half already uses stays inside one factor",
     "Factors that could cause results to differ include our exposure to the euro and to the yen.", 1),
    ("an aside set off by dashes ends its item",
     "Factors that could cause results to differ include competition — above all from discount chains — "
     "and new rules on packaging.", 2),
    ("an aside set off by dashes before the next item without 'and'",
     "Risks include rent increases -- chiefly in our downtown stores -- the weather, and the price of coffee.", 3),
    ("dashes inside one item's words part no items",
     "Risks include our ability — or inability — to renew our leases and the loss of our chef.", 2),
    ("'as well as' alone adds a second factor",
     "Factors that could cause results to differ include frost damage as well as a shortage of pickers.", 2),
    ("'as well as' adding a bare noun to a preposition's object stays one factor",
     "Factors that could cause results to differ include the price of wheat as well as barley.", 1),
    ("places joined by 'and' are one where, the factor after them a second one",
     "Factors that could cause results to differ include consumer demand in Canada and abroad and the loss of "
     "a key distributor.", 2),
    ("places joined by 'and' in a longer list",
     "Risks include fuel prices, tourism in Europe and Asia and competition from other cruise lines.", 3),
    ("one condition alone after 'differ materially' is a clause of the legend, no list",
     "Our results could differ materially from our forecasts if the weather turns against our growers.", 0),
    ("'as well as' before a participle adds no factor",
     "The factors that could cause results to differ are set out in our annual report as well as being posted "
     "on our website.", 0),
    ("factors referenced in another document are pointed at, not named",
     "The factors that could cause results to differ include factors referenced in our annual report as well "
     "as our other filings.", 0),
    ("a bare factor, then a determined phrase, alone as the list",
     "Factors that could cause results to differ include lower milk prices and the loss of our largest buyer.", 2),
    ("the risks named as a label that runs into the list",
     "Actual results could differ materially. Key risks: competition, changes in demand, and the availability of "
     "financing.", 3),
    ("a label that sends the reader elsewhere lists nothing",
     "Actual results could differ materially. Risk Factors: for a discussion of the risks we face, see our Annual "
     "Report on Form 10-K.", 0),
    ("what the results turn on",
     "Whether these expectations are realized will depend on the success of our clinical trials, our ability to "
     "raise capital, and competition.", 3),
    ("what the risks relate to, among other things",
     "These risks relate to, among other things, the timing of product launches, competition from larger rivals, "
     "and our ability to obtain financing.", 3),
    ("conditions given as examples",
     "Results could differ materially if, for example, demand for our products weakens, our suppliers fail to "
     "deliver, or interest rates rise.", 3),
    # (docs-36) where the factors are summarised, and reports named by their form number alone,
    # are pointers; the act of filing a report late is still a factor
    ("factors summarized in another document are pointed at, not named",
     "Further information about the factors that could affect our results are summarized in the cautionary "
     "statement found in our public filings.", 0),
    ("periodic reports named by their form numbers alone",
     "These statements involve risks as described in the risk factors section of our filings, including our "
     "second-quarter 10-Q as updated by our third-quarter 10-Q.", 0),
    ("a delay in filing a report named by its form number is a factor",
     "Factors that could cause results to differ include delays in filing our 10-Q, the loss of our largest "
     "customer and higher steel prices.", 3),
    ("documents filed 'by us' with the SEC are pointed at, no factor; the factors before them count",
     "Important factors that could cause actual results to differ are discussed in our press release issued earlier "
     "today, and in the documents filed by us with the SEC, including the risk factors contained in our Form 10-K.", 0),
    ("... and a list that closes with such a pointer keeps its own factors",
     "Actual results could differ materially because of weaker demand, higher cotton costs and store closures, as "
     "discussed in the documents filed by the company with the SEC.", 3),
    # (elements-33) a list closed by "and" before an "as well as" that adds the last factor: the
    # comma-part before it is a list's end, two factors; after a serial comma's "and" it is one
    ("a list closed by 'and' before 'as well as': its last comma-part holds two factors",
     "Risks include the timing of product launches, the outcome of patent litigation and our dependence on a "
     "single supplier, as well as changes in tax law.", 4),
    ("... after a serial comma's 'and' the comma-part before 'as well as' is one factor",
     "Risks include the timing of product launches, the outcome of patent litigation, and our ability to hire "
     "and retain engineers, as well as changes in tax law.", 4),
    # words before the first number that wait for their object are the stem of every numbered item
    ("a stem ending in 'to' before the first number is no factor of its own",
     "Risks include those relating to our ability to (i) complete the merger, (ii) integrate the businesses "
     "and (iii) realize synergies.", 3),
    ("a stem ending in 'that' before the first number is no factor of its own",
     "Risks include the risk that (a) the merger does not close, (b) the businesses are not integrated and "
     "(c) synergies are not realized.", 3),
    ("... but a whole factor before the first number is one",
     "Factors include bad weather, (i) the loss of a customer, (ii) a strike and (iii) a product recall.", 4),
    # numbered matters that cannot be assured are the uncertainties the results turn on; without
    # numbers or a colon, what cannot be assured is one matter
    ("numbered matters after 'no assurance regarding' are the uncertainties",
     "There can be no assurance regarding (a) the timing of the closing, (b) the receipt of regulatory "
     "approvals or (c) the financing of the transaction.", 3),
    ("'no assurance' as to the results, with no numbers or colon, lists nothing",
     "There can be no assurance regarding our future results, financial condition and cash flows.", 0),
    # the causes named as the reasons for the difference; the company as the subject that is exposed
    ("the reasons the results could differ, after a colon",
     "Actual results could differ materially for many reasons: higher input costs, weaker demand and new "
     "regulation.", 3),
    ("the risks the company is exposed to",
     "We are exposed to risks from fluctuating grain prices, animal disease outbreaks and export restrictions.", 3),
    ("the risks a customer is exposed to are not the company's factors",
     "Our customers are exposed to risks from floods, fires and theft, which our insurance products cover.", 0),
    ("the order a list is given in is no factor",
     "Factors include, in no particular order, pricing pressure, supply shortages and currency swings.", 3),
    ("a kind restated by 'i.e.' is named by the items after it, and is none of them",
     "Actual results could differ materially due to market risks, i.e., interest rates, exchange rates and equity "
     "prices.", 3),
    ("a second list under a category of its own adds to the first",
     "Risks related to our business include:\n\n\u2022 the loss of our largest customer; and\n\n\u2022 delays at our "
     "new plant.\n\nRisks related to our industry include:\n\n\u2022 falling steel prices; and\n\n\u2022 new emissions "
     "rules.\n\n", 4),
    # elements-37: a list's last pair of long phrases, each a head noun with its own complement
    ("the last pair of a comma list, two long head-and-complement phrases joined by 'and' alone",
     "Factors include the timing of our rate case, delays in licensing our in situ recovery project and changes in "
     "federal policy on imports of enriched uranium from Russia.", 3),
    ("... a head with 'at' and its place, then a determiner's phrase",
     "Risk factors include the timing of regulatory approval, construction cost escalation at our small modular "
     "reactor site and the availability of enriched fuel.", 3),
    ("... but a one-word object the head may share with the noun after 'and' keeps the pair one factor",
     "Factors include weaker demand, the loss of key customers and the price of oil and natural gas in our "
     "operating regions across North America and Europe.", 3),
    ("... and a bare aspect sharing the complement after it stays one factor",
     "Factors include weaker demand, the loss of key customers and the severity and duration of the economic "
     "downturn in our principal markets in the United States.", 3),
    ("a catch-all 'factors outside our control' opening the list is no factor",
     "Actual outcomes depend on factors outside our control, in particular the level of cruise bookings, the price "
     "of bunker fuel and outbreaks of illness on board our ships.", 3),
    ("the limit denied before the listing verb: 'are not limited to, but include,'",
     "Factors that could cause actual results to differ materially are not limited to, but include, defaults by "
     "tenants, the bankruptcy of anchor retailers and rising insurance premiums.", 3),
    ("a numbered run right after the colon that ends a long lead-in numbers every factor",
     "The following important factors, among others, could cause the company's results for subsequent periods to "
     "differ materially from those expressed in any forward-looking statement made herein: (i) higher grain prices; "
     "(ii) a strike at the bakery; (iii) weaker demand in our markets, which may affect our margins; and government "
     "responses thereto (iv) new rules on food labels.", 4),
    ("... and a catch-all after a numbered item's semicolon still stays apart",
     "The following important factors, among others, could cause the company's results for subsequent periods to "
     "differ materially from those expressed in any forward-looking statement made herein: (i) higher grain prices; "
     "(ii) a strike at the bakery; (iii) new rules on food labels; and other risks described in our Form 10-K.", 3),
    ("matters identified in a regulator's inspections are what the company must remediate, a factor",
     "Factors that could cause actual results to differ materially include initiatives launched by our competitors; "
     "our ability to protect our trade secrets; our ability to remediate all matters identified in FDA observations "
     "and warning letters; and other risk factors described in Item 1A of our Form 10-K.", 3),
    ("... but matters identified in the company's own report are pointed at, no factor",
     "Factors that could cause actual results to differ materially include initiatives launched by our competitors; "
     "our ability to protect our trade secrets; and the other matters identified in our Annual Report on Form 10-K.",
     2),
    ("'include, without limitation,' before a semicolon list: the qualifier set off by commas is no factor",
     "Important factors that could cause actual results to differ materially include, without limitation, our ability "
     "to obtain financing for our operations; our ability to defend our patents; the outcome of any lawsuits brought "
     "against us; competition from other companies and products; our ability to bring products to market; changes in "
     "laws and regulations; our ability to close equity offerings; and other factors (including the risks described "
     "in the section of this report entitled \"Risk Factors\") relating to our industry, our operations and results "
     "of operations.", 7),
    ("... 'among other things,' the same",
     "Important factors that could cause actual results to differ materially include, among other things, our ability "
     "to obtain financing; our ability to defend our patents; competition from other companies; and changes in laws "
     "and regulations.", 4),
    ("... but words before the first comma that are not a qualifier stay the factor's",
     "Important factors that could cause actual results to differ materially include weak demand in particular "
     "markets, especially in Europe; our ability to defend our patents; competition from other companies; and "
     "changes in laws and regulations.", 4),
    # session 42 (tests/data/element_probes_42.yaml)
    ("'particularly' after the risk noun opens the list, as 'in particular' does",
     "Actual results could differ materially because of risks, particularly the price of oil, the cost of steel and "
     "labor strikes.", 3),
    ("... but 'particularly those described in' a filing points at the risks, it names none",
     "These statements are subject to risks, particularly those described in our Annual Report on Form 10-K.", 0),
    ("a run of 'the risk that' clauses as the object of 'subject to' is the list",
     "These statements are subject to the risk that the merger is not completed on time, the risk that Beta's "
     "customers leave after the announcement, and the risk that the expected synergies are not achieved.", 3),
    ("... but the risk that the results differ or the assumptions fail names no factor",
     "These statements are subject to the risk that our assumptions prove incorrect and actual results differ "
     "materially.", 0),
    ("items that are sentences with a modal, one with a long subject, make a 'we' sentence among them a factor",
     "Factors that could cause results to differ include the following: we may not obtain the permits we need; our "
     "customers may reduce their volumes of waste; the cost of diesel fuel for our trucks may rise.", 3),
    ("... while a 'we' clause of the legend after noun items stays none",
     "Factors that could cause results to differ include the cost of diesel fuel for our trucks, the loss of "
     "customers, and we caution that results could differ materially.", 2),
    ("words a speaker sets between the items ('and then, of course,') are no factor",
     "Results could differ materially because of risks such as the timing of FDA action on our application, the "
     "supply of our active ingredient, and then, of course, competition from generics.", 3),
    ("... but 'the course of' a thing is a factor's head like any other",
     "Risks include the course of the pandemic, the cost of steel and labor strikes.", 3),
    ("the kinds the risks are of ('those of a business, economic and competitive nature') are no factor",
     "Actual results could differ materially because of risks and uncertainties, including those of a business, "
     "economic and competitive nature.", 0),
    ("... but 'the nature of' a thing is a factor's head",
     "Risks include the nature of our customer contracts, the cost of steel and labor strikes.", 3),
    ("spoken, the examples after 'a number of factors, whether it's' are the factors",
     "Actual results could differ materially depending on a number of factors, whether it's interest rates, the "
     "housing market in Texas, or the cost of building materials.", 3),
    ("... but 'whether it's known or unknown' says something of the factors, it lists none",
     "Actual results could differ materially because of factors, whether it's known or unknown.", 0),
    ("'unforeseen events' beside the catch-alls is one of them, no factor",
     "Actual results could differ materially due to factors beyond our control, unforeseen events, and changes in "
     "circumstances.", 0),
    ("... but unforeseen events at a named plant are a factor",
     "Risks include unforeseen events at our plant in Ohio, the cost of steel and labor strikes.", 3),
    ("an aside in parentheses, longer than a phrase's gap, between the lead-in's noun and its verb",
     "There are factors that could cause actual results to differ materially from those expressed in our "
     "forward-looking statements. Some of those factors (in addition to others described elsewhere in this report "
     "and in subsequent securities filings) include: changes in interest rates; competition in our markets; our "
     "ability to integrate acquisitions; regulatory changes; and the loss of key customers.", 5),
    ("'others' added to the factors ('in addition to others described') are more factors, not another party",
     "Factors (in addition to others described in our filings) that could cause actual results to differ "
     "materially include changes in interest rates; competition in our markets; and the loss of key customers.", 3),
    ("... but a list of the risks others describe is theirs",
     "Factors that others describe in their own reports include changes in interest rates; competition in our "
     "markets; and the loss of key customers.", 0),
    ("the places where factors are described, listed after 'including', name no factor",
     "The factors above and others described in this report, including those described under Item 1A, Risk "
     "Factors, and in subsequent securities filings, are not a complete list. Factors that could cause actual "
     "results to differ materially include changes in interest rates; competition in our markets; and the loss "
     "of key customers.", 3),
    ("members closed by a serial comma and 'and other' go on the object before them, and a run closed by 'and/or' too",
     "Factors that could cause actual results to differ materially include higher costs for parts, labor, and "
     "other aspects of building, shipping and/or servicing, increased competition, and changes in tax law.", 3),
    ("... and the serial comma before 'and other factors' still closes the list of factors",
     "Factors that could cause actual results to differ materially include changes in interest rates, "
     "inflation, and other economic conditions, increased competition, and changes in tax law.", 5),
    ("an item the company expects to drive its growth is a strength, no factor",
     "Factors that could cause actual results to differ materially include our strong order book, which we "
     "expect to sustain growth, increased competition, changes in tax law, and the loss of key customers.", 3),
    ("... but an item the company expects to weaken stays a factor",
     "Factors that could cause actual results to differ materially include our order book, which we expect to "
     "shrink, increased competition, changes in tax law, and the loss of key customers.", 4),
    ("a mid-list 'x and y' that closes on the noun the item before hangs its 'of' on is a factor of its own",
     "Critical factors that could influence our operations include demand conditions affecting the selling "
     "price of products, input availability and prices, changes in tax laws and competition.", 4),
    ("... in another wording: 'the cost of ...' then '... and costs'",
     "Factors that could cause actual results to differ materially include the cost of steel, freight "
     "availability and costs, currency movements and the loss of key customers.", 4),
    ("... but bare nouns closed by 'and' mid-list still finish the object of the item before",
     "Factors that could cause actual results to differ materially include relationships with our lenders, "
     "suppliers and customers, changes in interest rates and competition.", 3),
    ("'factors such as' with no noun of its own names its factors by its two examples",
     "Critical factors that could influence our operations include changes in tax laws, economic "
     "developments within the country and factors such as litigation and industrial relations.", 4),
    ("... and 'other factors such as' after a serial comma too",
     "Factors that could cause actual results to differ materially include changes in interest rates, "
     "competition, and other factors such as labor disputes and natural disasters.", 4),
    ("... but the examples of a specific factor elaborate it, one factor",
     "Factors that could cause actual results to differ materially include the cost of commodities such as "
     "beef and cheese, changes in interest rates and competition.", 3),
    ("'factors ... is available in our SEC filings': the lead-in's 'is' opens a place, no factor",
     "Information regarding these factors that may cause actual results to differ materially from these "
     "forward-looking statements is available in our SEC filings, including our annual report on Form 10-K.", 0),
    ("... while 'is' opening named factors after the same subject still lists them",
     "The factor that may cause actual results to differ materially from these forward-looking statements is "
     "weaker demand for our products, together with higher interest rates and the loss of key customers.", 3),
    # annual-45: shapes of 10-K and 20-F cautionary sections
    ("bulleted sentence items, some with 'we' for subject and a product's code in another's subject",
     "Factors that could cause such differences include the following:\n\n• The FDA may not accept our filing for "
     "ZT-4 on the timeline we expect, and it may ask for another trial.\n\n• We depend on one supplier in Ireland for "
     "the active ingredient of ZT-4, and a shutdown there would halt our production.\n\n• We will need more capital "
     "to build our sales force, and raising it may dilute our holders.\n\n• Our patents on ZT 4 may be challenged "
     "or held invalid by the patent office.\n\n", 4),
    ("bullets on consecutive lines, each of two sentences, joined into one paragraph",
     "Actual results could differ materially as a result of many factors, including the following:\n\n"
     "• Our sales depend on new housing starts. Starts fall when mortgage rates rise.\n"
     "• We buy most of our lumber from two mills. A fire at either mill would disrupt our supply.\n"
     "• Changes to building codes may require us to redesign our trusses. Redesigns are costly.\n\n", 3),
    ("a run-in list numbered with lower-case Roman numbers closed by full stops",
     "Factors that could cause results to differ include, among others: i. changes in freight rates for "
     "tankers; ii. the delivery of newbuild tankers; iii. the cost of marine fuel; and iv. sanctions on "
     "Russian crude oil exports.", 4),
    ("a matter described in a note to the financial statements is the factor, not a pointer",
     "Factors include the cost of copper; the loss of a large customer; and the outcome of the patent "
     "litigation described in Note 11 to our consolidated financial statements.", 3),
    ("the tail of a pointer, 'as updated by' another report's item, names no factor",
     "Actual results could differ materially because of the risks described in our Form 10-K, as updated "
     "by Part II, Item 1A of our later Quarterly Reports on Form 10-Q.", 0),
    ("a speaker's 'and I refer you to ...' after a generic cause is a clause of the caution, no factor",
     "Actual results could differ materially due to various uncertainties, and I refer you to the cautionary "
     "statement on the second slide of our presentation and in our earnings release.", 0),
    ("... and in another wording: 'and I would direct you to ...'",
     "Actual results could differ materially because of risks and uncertainties, and I would direct you to "
     "the risk discussion in our earnings release.", 0),
    ("... and after named factors too",
     "Actual results could differ materially due to weaker demand for our products, higher freight costs and "
     "labor shortages, and I refer you to the cautionary statement on the second slide of our presentation.", 3),
    # docs-63: a document named by when it was issued, and a reconciliation's "difference"
    ("a document named by when it was issued, after a pointer, is one more place to look, no factor",
     "Actual results could differ materially from any forward-looking statements due to several important "
     "factors described in our latest SEC filings including this morning's press release.", 0),
    ("... and in other wordings: today's earnings release, the company's latest press release",
     "Actual results could differ materially due to factors described in our SEC filings, including today's "
     "earnings release and the Company's latest press release.", 0),
    ("... while a factor named with a possessive stays a factor",
     "Factors that could cause results to differ include the loss of Walmart's business, delays at our "
     "plant and new tariffs.", 3),
    ("the items of a difference between two reported measures reconcile them, they are no factors",
     "Actual results could differ materially. For the quarter the difference between our GAAP results and "
     "adjusted results consists of the following items: amortization of acquired intangible assets; purchase "
     "accounting adjustments to commission expense; and restructuring charges for our pending divestitures.", 0),
    ("... but a difference between what was expected and what happens is the caution's, its items factors",
     "The difference between expected and actual results consists of the following items: weaker demand "
     "for our products; higher freight costs; and labor shortages at our plants.", 3),
    # a factor named broadly, then narrowed ("generally, and ... specifically"), is one factor (docs-65)
    ("a general factor narrowed by 'specifically' after a comma is one factor",
     "Factors that could cause actual results to differ materially include changes in economic conditions generally, "
     "and the real estate markets specifically, competition for new loans, and changes in interest rates.", 3),
    ("... by 'particularly'", "Factors that could cause actual results to differ materially include economic "
     "conditions generally, and the banking industry particularly, credit losses, and deposit outflows.", 3),
    ("... 'in general' then 'specifically'", "Factors that could cause actual results to differ materially include "
     "business conditions in general, and the housing market specifically, the cost of lumber, and labor shortages.", 3),
    ("a 'generally' item followed by an unrelated factor stays two",
     "Factors that could cause actual results to differ materially include demand for our products generally, the "
     "loss of key customers, and supply chain disruptions.", 3),
    ("the particular part first and the general part after it stay two",
     "Factors that could cause actual results to differ materially include the economy specifically, the housing "
     "market generally, and competition.", 3),
    ("a narrowing that runs on past 'specifically' is a factor of its own",
     "Factors that could cause actual results to differ materially include general economic conditions, the real "
     "estate markets specifically affected by tariffs, and competition.", 3),
    # "..., including X and as a result of certain other factors listed in our filings": X is a factor,
    # the rest the pointer (docs-65)
    ("a factor closed by 'and as a result of certain other factors listed in our filings'",
     "Actual results may differ, possibly materially, from those anticipated in these statements as a result of "
     "certain factors, including changes in our financial resources and operational capabilities and as a result of "
     "certain other factors listed from time to time in our filings with the SEC.", 1),
    ("... 'and due to other risks described in our Form 10-K'",
     "Actual results could differ materially as a result of various factors, including the loss of our largest "
     "customer, delays in plant construction and due to other risks described in our Form 10-K.", 2),
    ("'and as a result of' before a named cause stays inside the factor",
     "Actual results could differ materially as a result of various factors, including delays in construction and as "
     "a result of permitting, higher steel costs, and the loss of key staff.", 3),
    # session 41 (factors-59): a relative clause set off by commas inside an item, "etc." closing
    # the sentence, a second lead-in sentence, two headed halves alone, a bare phrase after places
    ("a which-clause with its own commas stays in its item",
     "Actual results could differ materially because of the loss of our largest customer, which accounted "
     "for 21%, or $9 million, of sales in 2027, and delays in our plant expansion.", 2),
    ("... a who-clause with an aside too",
     "Actual results could differ materially because of the departure of our founder, who led the company "
     "since 2009, in Denver, and rising rents.", 2),
    ("... a that-clause's subject interrupted by a which-clause takes its verb back",
     "Risks include the risk that sales of our cloud suite, which we released in Europe, Japan and Canada, "
     "fall short of plan.", 1),
    ("... but a which-clause that closes the list is no item's, the pair before it still parts",
     "Actual results could differ materially due to weaker demand, higher steel prices and the loss of a key "
     "customer, which are difficult to predict.", 3),
    ("... nor a which-clause that says the items could cause the differences",
     "Factors include port congestion, tariffs on imported parts, and labor strikes, which could cause "
     "actual results to differ materially.", 3),
    ("'etc.' closing the list ends its sentence before the next one",
     "Actual results could differ materially due to snowfall, airfares, labor shortages, etc. These risks "
     "are discussed in our filings.", 3),
    ("a second sentence opening 'Risks relating to X include' is a lead-in, not a factor",
     "Risks relating to our business include competition in the pet food market and the cost of protein "
     "ingredients. Risks relating to the offering include the volatility of our share price and dilution "
     "from future issuances.", 4),
    ("... 'Risks associated with the merger are' as well",
     "Factors include weather, fuel prices and the loss of key pilots. Risks associated with the merger are "
     "the failure to obtain approvals, integration costs and the loss of customers.", 6),
    ("two headed halves alone, each a noun with its own complement, are two",
     "Actual results could differ materially due to the volatility of lithium prices and delays in permitting "
     "our Nevada project.", 2),
    ("... budget constraints of X and protests of Y",
     "Factors include the timing of contract awards. Other factors include budget constraints of our state "
     "customers and protests of awards we win.", 3),
    ("... but a head with a one-word object shares it ('the price of oil and natural gas')",
     "Actual results could differ materially due to the price of oil and natural gas in our regions.", 1),
    ("... and three nouns sharing one complement stay one",
     "Actual results could differ materially due to the timing and cost of our Phase 3 trial.", 1),
    ("a bare phrase of three words after the places is a factor of its own",
     "Actual results could differ materially due to the loss of our Medicaid contract in Texas and higher "
     "medical cost trends.", 2),
    ("... but more places after the places are not",
     "Actual results could differ materially due to economic conditions in Texas and neighboring gulf states.", 1),
    ("... nor 'and other countries'",
     "Actual results could differ materially due to political conditions in Mexico and other Latin American "
     "countries.", 1),
    # (session 42, factors-71) a comma that groups a figure's digits parts no items
    ("a figure's thousands commas stay in its item",
     "Actual results could differ materially due to our ability to repay the $1,250,000 note due in 2028, the "
     "results of our Phase 2 trial and the loss of key personnel.", 3),
    ("... a count of acres too",
     "Actual results could differ materially due to the loss of 1,200 acres of farmland to flooding, drought in "
     "Kansas, and the price of corn.", 3),
    ("... and a figure in millions",
     "Factors include a judgment of $12,400,000 against us in Ohio, delays at our Tulsa plant, higher freight "
     "costs and the loss of our largest distributor.", 4),
    ("... but years parted by a comma and a space are still parted",
     "Actual results could differ materially due to weather in fiscal 2027, 2028 and 2029, the price of corn "
     "and the cost of fertilizer.", 3),
    # a stock exchange's name closing a sentence before a sentence opener ends it
    ("an exchange's name ends the sentence before 'We'",
     "Factors include the pace of enrollment in our study, competition from generic versions of our products, "
     "and our ability to maintain our listing on Nasdaq. We do not intend to revise these factors.", 3),
    ("... and before 'These'",
     "Factors include the price of copper, labor disputes at our mine and our ability to remain listed on the "
     "NYSE. These risks are described in our filings.", 3),
    # a later sentence whose modal takes "also" adds its list to the one before
    ("'could also be affected by' adds its list",
     "Among the factors that could cause actual results to differ materially are the price of jet fuel and the "
     "availability of aircraft. Our results could also be affected by labor costs, airport congestion in New "
     "York and hurricanes.", 5),
    ("... 'may also be impacted by'",
     "Factors that could cause results to differ include the cost of fuel and the loss of our Denver hub. Our "
     "margins may also be impacted by the price of aircraft parts and the outcome of our pilot negotiations.", 4),
    ("... but 'may also include statements about' names topics, no factors",
     "Factors that could cause results to differ include the cost of fuel, the loss of our Denver hub and "
     "the outcome of our pilot negotiations. Forward-looking statements may also include statements about our "
     "dividends, share repurchases and acquisitions.", 3),
    # a quantifier's relative clause set off by commas ("many of whom", "some of which") is its item's
    ("'many of whom' stays in its item, and the infinitive after it too",
     "Actual results could differ materially due to the ability of our franchisees, many of whom are small "
     "businesses, to obtain financing, severe weather in the Northeast, and increases in the cost of beef.", 3),
    ("... 'some of which'",
     "Actual results could differ materially due to the loss of our distributors, some of which are in Canada, "
     "higher freight costs, and tariffs on steel.", 3),
    ("... 'each of which'",
     "Factors include delays at our three plants, each of which is more than 40 years old, the price of scrap "
     "steel, the cost of electricity and our ability to renew our union contract.", 4),
    ("... but 'many of our customers' opens no relative",
     "Factors include the loss of our distributors, many of our customers, the price of steel and tariffs.", 4),
    # a lone pair (no list before it) that points to where the factors are set out is no two
    # factors: its halves are names and places ("securities and exchange commission")
    ("a lone pointer naming the commission on a date gives no factor",
     "Actual results could differ materially because of the loss of our largest customer, the price of copper "
     "and those discussed in the risk factors section of our annual report on Form 10-K filed with the U.S. "
     "Securities and Exchange Commission on February 26, 2028.", 2),
    ("... nor one naming a section of the MD&A",
     "Actual results could differ materially because of those described in section 12 enterprise risks and "
     "risk management of our MD&A for the year ended December 31, 2027.", 0),
    ("... nor factors referenced in the release as well as the filings",
     "Actual results could differ materially because of factors referenced in our press release today as well "
     "as our filings with the SEC.", 0),
    ("... but a lone pair of two headed factors is still two",
     "Actual results could differ materially because of the volatility of lithium prices and delays in "
     "permitting our Nevada mine.", 2),
    ("... and so is one with a second determined half",
     "Actual results could differ materially because of the outcome of our patent appeal and the timing of "
     "approval of our generic inhaler.", 2),
]


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


@pytest.mark.parametrize("name,factors,expected", SHAPES, ids=[s[0] for s in SHAPES])
def test_factor_count_of_a_list_shape(pack, tmp_path, name, factors, expected):
    source = tmp_path / "release.txt"
    source.write_text(LEGEND.format(list=factors), encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(source)], pack).documents[0].findings
                   if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == expected, finding.details.get("items")


# Layouts of a filing's bulleted lists (eleventh corpus batch): the text between two bulleted items
# that is no item (a page's number and running heads, the headings that group the items), items
# that run to several sentences, long lists over several pages. Whole documents, written for the
# test.
_HEAD = ("Forward-Looking Statements\n\nThis report contains forward-looking statements within the meaning of "
         "the Private Securities Litigation Reform Act of 1995. ")
_TAIL = "\n\nWe undertake no obligation to update these statements.\n"

LAYOUTS = [
    ("a numbered plain-text list on lines of their own, without end punctuation",
     "Risks that could cause actual results to differ include:\n1. frost damage to the citrus crop\n"
     "2. fuel prices for our delivery fleet\n3. the loss of a grocery chain as a customer", 3),
    ("group headings and a page break with running heads between bulleted items",
     "Some of the factors that could cause actual results to differ include the following:\n\n"
     "Market Risks\n\n"
     "• a slowdown in orders from our largest dealers could reduce our sales;\n"
     "• the price of steel may rise faster than our prices; and\n"
     "• tighter terms on our credit line.\n\n"
     "12\n\nACME TOOL COMPANY AND SUBSIDIARIES\n\nFORWARD-LOOKING STATEMENTS, Continued\n\n"
     "Operating and Technology Risks\n\n"
     "• a fire or flood at our only foundry would halt production;\n"
     "• the loss of skilled machinists; and\n"
     "• a breach of our ordering systems could expose customer data.", 6),
    ("a bulleted item that runs to several sentences is one item",
     "Factors that could cause actual results to differ materially include, but are not limited to, the "
     "following:\n\n"
     "• the sufficiency of our cash for the minimum liquidity our loan covenants require. If sales stay weak, we "
     "may need to raise capital. Raising it would dilute our holders. A default would let lenders call the "
     "loan;\n"
     "• the timing of film releases by the studios;\n"
     "• competition from streaming services; and\n"
     "• the cost of energy.", 4),
    ("a bullet after an item that ends with a comma opens the next item",
     "Factors that could cause actual results to differ materially include:\n\n"
     "• rising interest rates,\n\n"
     "• the loss of a major customer;\n\n"
     "• delays at our plant; and\n\n"
     "• new tariffs.", 4),
    ("a list over three pages counts every item, not the first forty paragraphs",
     "Factors that could cause actual results to differ materially include:\n\n"
     + "".join(f"• late deliveries of component {n} from its supplier;\n\n"
               + ("\n7\n\nTable of Contents\n\n" if n % 12 == 0 else "") for n in range(1, 37))
     + "• the loss of our chief engineer.", 37),
    ("paragraph items that are sentences after a lead-in ending with a colon",
     "Factors that could cause actual results to differ materially include:\n\n"
     "Orders from our two largest dealers may shrink.\n\n"
     "The mill's furnace may need an early rebuild.\n\n"
     "Freight rates to our western plants could climb.", 3),
    ("bullets after a lead-in that ends its paragraph with its verb and no colon",
     "Factors that could cause actual results to differ materially include\n\n"
     "• higher prices for cocoa\n"
     "• a strike at the bakery\n"
     "• the loss of our largest grocer\n"
     "• new rules on food labels", 4),
    ("a lead-in cut off at its paragraph's end, a heading after it, opens no list",
     "Factors that could cause actual results to differ materially include\n\nAbout Acme\n\nAcme bakes "
     "bread, cakes, pies and rolls.", 0),
    ("factors one to a line with neither bullets nor punctuation",
     "Factors that could cause actual results to differ materially include:\n"
     "higher prices for cocoa\n"
     "a strike at the bakery\n"
     "the loss of our largest grocer\n"
     "new rules on food labels", 4),
    ("factors one to a line, the next sentence on the line after the last",
     "Factors that could cause actual results to differ materially include the following\n"
     "Higher prices for cocoa\n"
     "A strike at the bakery\n"
     "The loss of our largest grocer\n"
     "We undertake no obligation to update them.", 3),
    ("the company's name after a comma in a sentence-like item is its subject, not a further item",
     "Factors that could cause actual results to differ materially include: the company's exposure to "
     "hurricanes; the company's reliance on reinsurers; the company's ratings; if claims exceed its "
     "reserves, the company's results could suffer; and new rules on pricing.", 5),
    # Factors written as sentences after a lead-in that announces them, as a list of sentence
    # bullets reads once extraction has lost its line breaks (benchmarks/layouts.py
    # `capital-bullets`, `flat-bullets`).
    ("factor sentences in the paragraph of a lead-in closed by 'the following.'",
     "Risks and uncertainties include the following. Demand for our products may decline. Larger rivals may "
     "take market share. The cost of steel may rise.", 3),
    ("factor sentences after a lead-in's colon",
     "Risks and uncertainties include: Demand for our products may decline. Larger rivals may take market "
     "share. The cost of steel may rise.", 3),
    ("factor sentences a paragraph each after a lead-in closed by 'the following.'",
     "Risks and uncertainties include the following.\n\nDemand for our products may decline.\n\nLarger rivals "
     "may take market share.\n\nThe cost of steel may rise.", 3),
    # A two-level list (benchmarks/layouts.py `nested-bullets`): the first-level items that open
    # sub-items ("market risks, including:") group factors and are none themselves; a second-level
    # "o" bullet is no part of its factor's words.
    ("a two-level list counts its sub-items, not the headings that group them",
     "Factors that could cause such differences include:\n\n• market risks, including:\n\n   o changes in "
     "demand;\n\n   o competition from larger rivals;\n\n• operational risks, including:\n\n   o the cost of "
     "steel; and\n\n   o labor disputes.", 4),
    ("a first-level item without sub-items is a factor beside the sub-items of another",
     "Risks include:\n\n• risks related to our business, including:\n\n  o changes in demand;\n\n  o "
     "competition from larger rivals; and\n\n• the cost of steel.", 3),
    # ... but not: the sentences after a list of the colon's own are no items of it,
    ("the sentences after a comma list that follows a colon are not its items",
     "Risks include: changes in demand, competition and interest rates. Demand for our products may decline. "
     "Larger rivals may take market share.", 3),
    # ... nor the legend's own sentences, which end the run of factor sentences
    ("a sentence in the legend's words ends a run of factor sentences",
     "Risks and uncertainties include the following. Demand for our products may decline. The Company "
     "undertakes no obligation to update these statements. Larger rivals may take market share.", 1),
    # ... nor sentences after a lead-in that says more than "the following"
    ("sentences after a lead-in that does not announce them are no factors",
     "Risks and uncertainties are described in our filings. Demand for our products may decline. Larger "
     "rivals may take market share. The cost of steel may rise.", 0),
]


# Hard-wrapped text (an EDGAR filing's fixed-width lines): a wrap is no item break, but factors set
# one to a line in it are items. Written for the test, wrapped at 60 columns.
_WRAPPED_HEAD = ("Forward-Looking Statements\n\nThis report contains forward-looking statements within\n"
                 "the meaning of the Private Securities Litigation Reform Act of\n1995. ")
WRAPPED_LAYOUTS = [
    ("a comma list wrapped at fixed width, its lines ending on words, keeps its items",
     "Actual results may differ materially from those expressed\n"
     "or implied here due to changes in grain prices, business\n"
     "conditions in our mills, weather in the growing regions\n"
     "we buy from and the loss of our largest grocer, and other\n"
     "matters described in our filings with the Commission.", 4),
    ("factors one to a line among fixed-width lines are items",
     "Factors that could cause actual results to differ\n"
     "materially include:\n"
     "higher prices for cocoa\n"
     "a strike at the bakery\n"
     "the loss of our largest grocer\n"
     "new rules on food labels", 4),
]


@pytest.mark.parametrize("name,factors,expected", WRAPPED_LAYOUTS, ids=[s[0] for s in WRAPPED_LAYOUTS])
def test_factor_count_of_a_wrapped_layout(pack, tmp_path, name, factors, expected):
    _assert_count(pack, tmp_path / "report.txt", _WRAPPED_HEAD + factors + _TAIL, expected)


@pytest.mark.parametrize("name,factors,expected", LAYOUTS, ids=[s[0] for s in LAYOUTS])
def test_factor_count_of_a_list_layout(pack, tmp_path, name, factors, expected):
    _assert_count(pack, tmp_path / "report.txt", _HEAD + factors + _TAIL, expected)


def _assert_count(pack, source, text: str, expected: int) -> None:
    """Write `text` to `source`, check it as a file and compare the risk-factor count."""
    source.write_text(text, encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(source)], pack).documents[0].findings
                   if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == expected, finding.details.get("items")


# Layouts a Markdown rendering of a filing gives its lists: a page's footer kept as a one-row
# table (its number and the company's name) between bullets that run together in one paragraph.
MARKDOWN_LAYOUTS = [
    ("a page footer kept as a one-row table between bullets is no item and ends no list",
     "# Forward-Looking Statements\n\n"
     "This report contains forward-looking statements within the meaning of the Private Securities Litigation "
     "Reform Act of 1995. The factors that could cause our actual results to differ materially include, but are "
     "not limited to the following:\n"
     "•Our only plant lies in a flood plain and a flood could halt output;\n"
     "•Prices of cocoa may rise faster than our prices;\n"
     "•Interest rates on our credit line could rise;\n\n"
     "|    |                                 |\n"
     "|---:|:--------------------------------|\n"
     "|  7 | Acme Foods Inc. | Q2 Form 10-Q | Page 7 |\n\n"
     "•New tariffs on imports could hurt sales;\n"
     "•A strike at the bakery could halt output;\n"
     "•Our lender could call the loan;\n\n"
     "•Such other matters as discussed in our Annual Report on Form 10-K.\n\n"
     "We undertake no obligation to update these statements.\n", 6),
    ("Markdown list items without end punctuation are items of the list",
     "## Forward-Looking Statements\n\n"
     "This release contains forward-looking statements within the meaning of the Private Securities Litigation "
     "Reform Act of 1995. Factors that could cause actual results to differ materially include:\n\n"
     "- Frost damage to the citrus crop\n"
     "- Fuel prices for our delivery fleet\n"
     "* The loss of a grocery chain as a customer\n\n"
     "We undertake no obligation to update these statements.\n", 3),
    ("numbered Markdown items after a lead-in that ends on its verb with no colon",
     "## Forward-Looking Statements\n\n"
     "This release contains forward-looking statements within the meaning of the Private Securities Litigation "
     "Reform Act of 1995. Factors that could cause actual results to differ materially include\n\n"
     "1. Frost damage to the citrus crop\n\n"
     "2. Fuel prices for our delivery fleet\n\n"
     "3. The loss of a grocery chain as a customer\n\n"
     "We undertake no obligation to update these statements.\n", 3),
    ("numbered Markdown paragraphs after a legend that ends on a full stop are no factors",
     "## Forward-Looking Statements\n\n"
     "This release contains forward-looking statements within the meaning of the Private Securities Litigation "
     "Reform Act of 1995. Actual results could differ materially. Our products include\n\n"
     "1. Citrus juice\n\n"
     "2. Lemonade\n\n"
     "3. Orange marmalade\n\n"
     "We undertake no obligation to update these statements.\n", 0),
    ("numbered Markdown items without end punctuation are items of the list",
     "## Forward-Looking Statements\n\n"
     "This release contains forward-looking statements within the meaning of the Private Securities Litigation "
     "Reform Act of 1995. Risks include:\n\n"
     "1. Frost damage to the citrus crop\n"
     "2. Fuel prices for our delivery fleet\n"
     "3. The loss of a grocery chain as a customer\n"
     "4. A labor strike at our packing house\n\n"
     "We undertake no obligation to update these statements.\n", 4),
]


@pytest.mark.parametrize("name,document,expected", MARKDOWN_LAYOUTS, ids=[s[0] for s in MARKDOWN_LAYOUTS])
def test_factor_count_of_a_markdown_layout(pack, tmp_path, name, document, expected):
    _assert_count(pack, tmp_path / "report.md", document, expected)


# A filing that sets its factors out under sub-headings after a legend sentence that announces them
# (eighteenth corpus batch: the factors of an annual report's risk discussion). Whole documents,
# written for the test.
_FILING_HEAD = ("Item 1. Business\n\nAcme Plastics makes pipe.\n\nForward-Looking Statements\n\nThis report "
                "contains forward-looking statements within the meaning of the Private Securities Litigation "
                "Reform Act of 1995. We undertake no obligation to update these statements. ")
_SUB_HEADED = ("\n\nWe Depend on One Supplier for Our Resin\n\nOur resin comes from one plant. If it closed, we "
               "could not make pipe for months.\n\nOur Largest Customer Could Leave Us\n\nOne distributor buys "
               "a third of our output.\n\n14\n\nFreight Costs May Rise\n\nWe ship by truck, and diesel prices "
               "move our costs.\n\nItem 2. Properties\n\nWe Lease Our Plant in Ohio\n\nThe lease runs to "
               "2031.\n")

HEADED_LAYOUTS = [
    ("sub-headings after a sentence that announces them are the factors, up to the next item",
     _FILING_HEAD + "We discuss below the risks we see in our business. These are the factors we believe "
     "could cause our actual results to differ materially from those we project." + _SUB_HEADED, 3),
    ("sub-headings after a sentence that denies they are factors are none",
     _FILING_HEAD + "We discuss below some matters of interest. These are not factors that could cause our "
     "actual results to differ from those we project." + _SUB_HEADED, 0),
    ("a closing section after factors just named is no factor",
     "Forward-Looking Statements\n\nThis release contains forward-looking statements within the meaning of "
     "the Private Securities Litigation Reform Act of 1995. Demand may weaken and rates may rise. These are "
     "among the risks that could cause our results to differ materially.\n\nAbout Acme\n\nAcme makes "
     "pipe.\n\nMedia Contact\n\nJane Roe, press@acme.example\n", 0),
]


@pytest.mark.parametrize("name,document,expected", HEADED_LAYOUTS, ids=[s[0] for s in HEADED_LAYOUTS])
def test_factor_count_of_sub_headed_factors(pack, tmp_path, name, document, expected):
    _assert_count(pack, tmp_path / "report.txt", document, expected)


def test_items_put_back_together_keep_the_documents_joining_words(pack, tmp_path):
    # parts the "and"/"or" split rejoins ("or others", members of a kind, places) read as written
    source = tmp_path / "release.txt"
    source.write_text(LEGEND.format(list="Factors that could cause results to differ include demand for our vans, the loss of our founder, chief engineer and other key "
                                         "staff, and economic conditions in Ohio or abroad."), encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(source)], pack).documents[0].findings
                   if f.rule == "pslra.risk-factors")
    assert finding.details["items"][-2:] == ["the loss of our founder, chief engineer and other key staff",
                                            "economic conditions in ohio or abroad"]


def test_a_first_item_ending_with_a_full_stop_is_kept():
    # only the rest of a lead-in sentence ("..., could cause results to differ.") is cut off before
    # items that follow it a paragraph each; a first item that ended with a stop is still an item
    from fslcheck.checks.factor_split import split_items
    assert any("weather" in item for item in split_items(" weather.\n\nfuel costs;\n\nlabor disputes;\n\ncompetition."))
    assert split_items(", among others, could cause actual results to differ materially.\n\nchanges in interest "
                       "rates;\n\ncompetition;\n\nregulation.") == ["changes in interest rates", "competition", "regulation"]


def test_a_list_ending_its_paragraph_is_split_as_one_ending_its_sentence(pack):
    # One semicolon inside an item, the rest parted by commas: the paragraph break after the last
    # item parts no items, so the list splits at its commas either way.
    listing = ("These risks include, but are not limited to, our ability to execute our strategy, including by "
               "signing agreements with suppliers and partners; general economic conditions, competition, "
               "changes in technology, changes in customer order patterns and regulatory requirements.")
    ending_paragraph = ("Forward-looking statements involve risks that could cause results to differ materially.\n\n"
                        + listing + "\n\nWe undertake no obligation to update these statements.")
    ending_sentence = ("Forward-looking statements involve risks that could cause results to differ materially.\n\n"
                       + listing + " We undertake no obligation to update these statements.")
    counts = [next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors").details["count"]
              for text in (ending_paragraph, ending_sentence)]
    assert counts[0] == counts[1] >= 5


# The legend's heading repeated at the top of the page a factor list runs on to ("Forward-Looking
# Statements (continued)", on a line of its own): after a page's number alone on a line (dropped
# when the text is loaded) or after a footer line (read over by the checks), the sentence goes on
# past it and the item it cut is whole. Written for the test.
CARRIED_HEADINGS = [
    ("after a page number",
     "Factors that could cause actual results to differ materially include\nthe volume of container traffic at our "
     "terminals, the renewal of our concession in\n\n- 6 -\n\nForward-Looking Statements (continued)\nPanama, labor "
     "disruptions at West Coast ports, and tariffs on imports from Asia.",
     ["the renewal of our concession in panama", "labor disruptions at west coast ports"]),
    ("after a footer line, the next word capitalised",
     "Factors that could cause actual results to differ materially include the price of lithium carbonate, the "
     "ramp-up of our cathode plant in\n\nAcme Widgets | Investor Relations | www.acmewidgets.com    Page 3\n\n"
     "Safe Harbor Statement (continued)\nNevada and the availability of federal tax credits.",
     ["the ramp up of our cathode plant in nevada", "the availability of federal tax credits"]),
    ("right after the cut, with no page furniture",
     "Factors that could cause actual results to differ materially include the price of gold, the grade of ore "
     "at our\n\nCautionary Note Regarding Forward-Looking Statements - cont'd\nQuebec mine, and the cost of energy.",
     ["the grade of ore at our quebec mine", "the cost of energy"]),
]


@pytest.mark.parametrize("name,listing,items", CARRIED_HEADINGS, ids=[c[0] for c in CARRIED_HEADINGS])
def test_a_legend_heading_carried_over_a_page_break_cuts_no_item(pack, tmp_path, name, listing, items):
    source = tmp_path / "release.txt"
    source.write_text(_HEAD + listing + _TAIL, encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(source)], pack).documents[0].findings
                   if f.rule == "pslra.risk-factors")
    assert all(item in finding.details["items"] for item in items), finding.details.get("items")


def test_another_sections_heading_carried_over_is_kept(tmp_path):
    # "About Acme (continued)" after a page number is another section's: the text is kept as written
    from fslcheck.documents.text import from_text
    text = "Acme makes widgets for\n\n- 2 -\n\nAbout Acme (continued)\nindustry and homes.\n"
    assert "About Acme (continued)" in from_text(text, "x.txt", "0").text
    # ... and so is the legend's own heading carried over after a finished sentence
    text = "We undertake no obligation to update these statements.\n\n- 2 -\n\nForward-Looking Statements (continued)\nActual results may differ.\n"
    assert "Forward-Looking Statements (continued)" in from_text(text, "x.txt", "0").text


def test_etc_ends_a_sentence_only_before_an_opener():
    """'etc.' closing a list ends the sentence when a sentence opener follows; not otherwise."""
    from fslcheck.text_units import sentence_starts
    assert len(sentence_starts("due to fuel, labor, etc. we undertake no obligation.")) == 2
    assert len(sentence_starts("due to fuel, labor, etc. these risks are discussed.")) == 2
    assert len(sentence_starts("due to fuel, labor, etc. and the loss of our hub.")) == 1
    assert len(sentence_starts("due to fuel, labor, etc. in our markets.")) == 1


def test_factor_count_memos_give_the_direct_readings(pack):
    # `_denied_lead_in`, `_described_by_others` and `_items` answer once per place and document:
    # each answer is the function's own on the same text, and `_items` hands out a fresh list
    from fslcheck.checks import factor_count
    from fslcheck.checks.base import CheckContext
    from fslcheck.checks.factor_lead_ins import denied_lead_in, described_by_others
    from fslcheck.documents.text import from_text

    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Factors that "
            "could cause actual results to differ materially include: competition; the loss of a key "
            "customer; and changes in interest rates. Risks that our dealers describe in their own reports "
            "include weather and fuel costs. Risks that we consider immaterial include currency swings and "
            "strikes. Other factors include, among others, the outcome of litigation, such as the Acme suit, "
            "and tariffs.\n")
    checker = next(c for c in pack.checkers if c.rule.id == "pslra.risk-factors")
    context = CheckContext(from_text(text, "memo.txt", "0"))
    checker.check(context)
    places = [(m.start, m.end) for phrase in checker.lead_ins for m in phrase.find_exact(context.text)]
    assert len(places) >= 4
    for start, end in places:
        sentence_start, _ = context.sentence_of(start, end)
        for _ in range(2):  # the first answer computes, the second is the memo's
            assert factor_count._denied_lead_in(context, sentence_start, end) == denied_lead_in(
                context.text, sentence_start, end)
            assert factor_count._described_by_others(context, sentence_start, end) == described_by_others(
                context.text, sentence_start, end, context.names)
        span = factor_count.Checker._enumeration(context, end, len(context.text))
        first = factor_count.Checker._items(context, span)
        assert first == factor_count.Checker._read_items(context, span)
        first.append("changed by a caller")
        assert factor_count.Checker._items(context, span) == factor_count.Checker._read_items(context, span)
    assert any(described_by_others(context.text, context.sentence_of(s, e)[0], e, context.names) for s, e in places)
    assert any(denied_lead_in(context.text, context.sentence_of(s, e)[0], e) for s, e in places)
