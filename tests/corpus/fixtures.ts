/** Small synthetic documents for the corpus parser's edge cases. */

export const MINI_THESIS = `NAVAL POSTGRADUATE SCHOOL

THESIS

**A SMALL THESIS ABOUT
COOPERATION**

by

Ada Example

March 2020

Submitted in partial fulfillment of the
requirements for the degree of

**MASTER OF ARTS IN TESTING**

Approved by: Grace Hopper, Ph.D.
Thesis Advisor

Alan Turing, Ph.D.
Second Reader

THIS PAGE INTENTIONALLY LEFT BLANK

ABSTRACT

This thesis tests a parser. It has two chapters.

THIS PAGE INTENTIONALLY LEFT BLANK

TABLE OF CONTENTS

I.	INTRODUCTION.....	1
A.	BACKGROUND	2
	1. Early Years.....	3
B.	ANALYSIS	3
II.	CONCLUSION.....	5
LIST OF REFERENCES.....		7

LIST OF TABLES

Table 1.	Sample Results.....	3

LIST OF ACRONYMS AND ABBREVIATIONS

AOR	Area of Responsibility
TOC	Transnational Organized Crime

THIS PAGE INTENTIONALLY LEFT BLANK

ACKNOWLEDGMENTS

I thank the test runner.

THIS PAGE INTENTIONALLY LEFT BLANK

I. INTRODUCTION

Smith studies cooperation between states.¹ Admiral Jones said, “we cooperate when it pays.”² The U.S. Navy and Gen. Smith met S. Brian Wilson, e.g. in 2008, and No. 5 was funded with \\$2 million. In 2008, Congress

¹ John Smith, “Cooperation in Theory,” *Journal of Things* 3, no. 1 (2001): 12, <http://example.org/smith>.

² Ibid., 13.

approved a bilateral agreement with Mexico. The agreement still holds.

A. BACKGROUND

Background begins here with an old claim.³

³ Ibid.

1. Early Years

H₁: States cooperate when they share threats.

B. ANALYSIS

Table 1. Sample Results⁴

	Score	Note
Alpha	1	First row
Total:	1	

⁴ Table 1 is adapted from Jane Doe, *A Book of Tables* (Boston, MA: Press, 1999); John Smith, “Cooperation in Theory,” *Journal of Things* 3, no. 1 (2001): 10–20.

More analysis follows the table.⁵

⁵ Ibid.

II. CONCLUSION

The conclusion repeats Smith in short form.⁶ A last sentence cites a book nobody listed.⁷

⁶ Smith, “Cooperation in Theory,” 14.

⁷ Nobody Known, *A Missing Book* (Nowhere: Nobody Press, 1990), 3.

LIST OF REFERENCES

- Doe, Jane. *A Book of Tables*. Boston, MA: Press, 1999.
- ———. “Second Work by Doe.” *Journal of Things* 4 (2002): 1–10.
- Smith, John. “Cooperation in Theory.” *Journal of Things* 3, no. 1 (2001): 10–20.
<http://example.org/smith>.
- . “A Third Work by Smith.” *Journal of Things* 5 (2003): 5–9.

THIS PAGE INTENTIONALLY LEFT BLANK

INITIAL DISTRIBUTION LIST

1. Defense Technical Information Center
`;

export const PLAIN_MD = `# Field Notes

Some opening words before any section.

## Interviews in 2019

The first interview was long. It covered many topics
across two lines of the source file.

- item one
- item two

## Interviews in 2019

A second section with the same title.

METHODS AND DATA

All-caps headings also start sections.

2. Numbered Heading

Numbered lines standing alone start sections too.
`;
