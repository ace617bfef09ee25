/**
 * Every judgement policy of the critic, in one place. `POLICIES` is the list people read: the
 * "Policies" section of docs/readme/critic.md is generated from it
 * (`npx tsx tests/fixtures/critic/write-policy-doc.ts`) and a test fails when the two differ. The
 * numbers the rules use are the constants below, and the sentences quote them.
 */

/** Policy `decimals`: a decimal read as a rounded value must show at least this many significant digits. */
export const MIN_SIG_DIGITS = 3;
/** Policy `decimals`: a decimal cut off (not rounded) at its last digit must show at least this many. */
export const TRUNCATED_SIG_DIGITS = 10;
/** Policy `decimals`: a float printed at full precision (this many significant digits or more) … */
export const FULL_PRECISION_DIGITS = 15;
/** Policy `decimals`: … is program round-off within this many ulps (units in the last place of a double). */
export const FLOAT_ULPS = 16;
/** Policy `decimals`: a decimal this close to 0 is round-off against an exact 0. */
export const NEAR_ZERO = 1e-12;
/** Policy `closed-forms`: relative agreement for two exact closed forms evaluated in double precision. */
export const CLOSED_FORM_REL = 1e-12;
/** Policy `variables`: random evaluation points and the agreement required at each. */
export const PROBE_POINTS = 8;
export const PROBE_MIN_POINTS = 4;
export const PROBE_REL = 1e-9;
/** Policy `final-answer`: prose longer than this (or on several lines) without a final-answer marker is reasoning. */
export const BARE_ANSWER_MAX_CHARS = 80;

/** One policy: a stable id the code refers to, a title, and the rule in one paragraph (Markdown). */
export interface Policy {
  id: string;
  title: string;
  rule: string;
}

/** The policies, in the order the docs list them. */
export const POLICIES = [
  {
    id: 'final-answer',
    title: 'Final answer',
    rule: `A whole response is reduced to what it commits to by \`extractAnswer\` (src/core/answer). Chat-template debris ends the response first: text after \`<|im_end|>\`, \`<|im_start|>\`, \`</s>\`, \`<|endoftext|>\`, \`<|eot_id|>\` or a made-up "Human:" turn is not the model's answer. Then the first level that yields anything wins: every \`\\boxed{…}\`/\`\\fbox{…}\` (balanced braces); else every "The answer is …" / "final answer is …" / "Answer: …" (or "Answer:" with the value, or a \`\\[ … \\]\` display, on the next line) / \`#### …\` / a "Final Answer" heading; else the last program \`output\` block — unless a sentence after it states the result (the model's reading of the output wins: "she waits 4 minutes" after \`-4.0\`; among several numbers there, the value of its result clause — "There are 120 ways, so the probability is 1/120." — or else the one that is the printed value). Without any of those, a short text (at most ${BARE_ANSWER_MAX_CHARS} characters on one line, one sentence, one paragraph) or pure mathematics is the answer; longer prose, several sentences or several paragraphs are working, read from the last sentence (a closing remark in brackets, "(For comparison, the constant term is 32.)", and a "where C is a constant." about the notation are skipped): a value in \`$…$\` after "is", "=", "equals" …, the one number of its last result clause ("…, so 30 are left"), or the result after its last \`=\` ("12 + 30 = 42", also in words: "1 + 2 + 2 = five quarks"), or a count in words ("The equation has exactly one solution."; "has no solution" is 0 when the question asks "how many"); a sentence stating no value is no answer, a NO; one with several numbers and no result clause is undecided; a hedge in it is a NO. A detail after the stated value is not the answer (\`…is $15$, attained at the vertex $(3, 3)$\`, \`…, when $x = 2$\`), nor is a closing remark in brackets (\`…is $5/8$ (and the probability of blue is $3/8$)\`, \`$x = 4$ (we reject $x = -1$ …)\`) or a bracket that restates the value (\`$\\frac{2}{3}$ (i.e. $0.667$)\`, \`(≈ 0.67)\`, "(or equivalently 0.5)"), while a bracket offering another value is a second answer (policy \`several-answers\`); a lead-in in words before a colon is dropped (\`From smallest to largest: $c, a, b$\`, "any real number except 0 and 1: …"). A line of working commits to the value it ends on: after its last "so"/"thus"/"therefore"/"i.e."/"that is" when a formula follows ("2x = 10, so x = 5", \`$4\\pi \\le 2\\pi\\omega < 6\\pi$, i.e. $\\omega \\in [2, 3)$\`), after its last \`\\Rightarrow\`/\`\\iff\`, the last side of a chain of equalities (\`MRS = -\\frac{MU_x}{MU_y} = -\\frac{1}{2\\sqrt{X}}\`, \`ab + 5b + 2a + 10 = (b+2)(a+5)\`, not \`x = 9 or x = 5\`), without a domain condition after it (\`v(t) = t/m for t \\ge 0\`, \`y(t) = …, t \\ge 0\`). A sentence that says what something is or has ("The function is odd."), or what working gives ("Simplifying, we get $\\frac{x+1}{x-1}$."), is read as such; the kind of object named before a formula is not part of it ("…is the line $y = 2x + 5$", "the point $(1, -2)$"). A formula in the question's letters followed by \`≈\` and a number is that number (\`Area $= \\pi r^2 \\approx 3.1416$\`, judged by policy \`decimals\`), while an exact value before \`≈\` is the value (\`\\frac{2}{3} \\approx 0.67\`). Against a reference of several values, a sentence gives the formulas it ends on, joined by commas or "and" (\`so $a = 2$, $b = \\frac73$\`, \`$a_7 = 48$ and the sum is $384$\`), or the numbers its clauses state ("The mean is 5 and the median is 4."). Against a date, a time or a version, the one the sentence states (after its last "so" or its last \`=\` when it names several: \`12:11 + 90 min + 17 min = 1:58 AM\`). Numbers glued to letters are not numbers (\`A7\`, \`QX7Z\`, \`12B\`), ordinals and units are (\`3rd\`, \`5cm\`). Multi-line program output is the list of its lines (\`x = 3\` / \`y = 4\`) unless a line is open (a matrix printed over several lines, numpy's \`[[ 3. -1.]\` / \` [-5.  2.]]\`). The reference is reduced the same way: a MATH solution's box (several different boxes are a list), GSM8K's \`#### n\`.`,
  },
  {
    id: 'several-answers',
    title: 'Several final answers',
    rule: `When the response commits to several different answers (boxes, or answer phrases such as "for part (a) the answer is 2, and for part (b) the answer is 5"), and the reference holds several values (a list, a set, "5 or 9", ±, or a tuple — whose boxes must then come in its order), the answers together are the list compared with it (part labels such as \`(a)\` are dropped; one box holding a list and several boxes are the same answer). Against a single-valued reference, several different candidates are a hedge and a NO — unless the response visibly corrects itself between them ("a slip", "mistake", "wrong", "let me recompute", "actually", "wait", "checking again") with no hedge after the correction ("maybe", "might", "not sure"): then only the answers after the correction count. A response that closes, after its box or answer phrase, by keeping two values open ("The answer is 189. … So $S_6$ is 189 or 378.", "that seems wrong; maybe it is 12") is a hedge too, and so is a second value offered in brackets after the answer ("The answer is 45 (or 135 if the angle is obtuse).", "15 (16 if zero is included)"), unless the bracket rejects it ("(or $x = -1$, which is rejected)"); against a reference that lists both values, the two are the list. A sentence after the answer that withdraws it without a hedge ("The answer is 12. Wait, I double counted; it should be 10.") settles on the value it states; a check ("Let me double-check: $4 \\times 6 = 24$.") withdraws nothing. The same value written twice (\`1/2\` and \`0.5\`) is one answer. When the question asks for one value of several ("find one possible value of m", "give an example"), one of the reference's values matches, and so do all of them; \`±2\` in a list of values is both of its values (\`m = ±2 or m = ±\\frac12\` is four values). *Other graders differ:* MATH, ToRA and Math-Verify take only the last box, so they credit hedged responses (and never read what follows the box), and miss multi-part answers given one box per part.`,
  },
  {
    id: 'exact-numbers',
    title: 'Exact numbers',
    rule: 'When both sides are exact rationals (integers of any size, fractions, decimals read exactly, powers, perfect roots) they are compared exactly with BigInt: `2^64+1 ≠ 2^64`, `0.25 = 1/4`, `3.2e4 = 32000`.',
  },
  {
    id: 'decimals',
    title: 'Decimals',
    rule: `Program round-off is equal: a float printed at full precision (${FULL_PRECISION_DIGITS}+ significant digits) within ${FLOAT_ULPS} ulps (\`0.30000000000000004\` = 0.3, \`0.9999999999999999\` = 1), or any decimal within ${NEAR_ZERO} of an exact 0 (\`-2.4492935982947064e-16\` = 0). Otherwise a decimal equals a value only when it is that value correctly rounded to the digits it shows, with at least ${MIN_SIG_DIGITS} significant digits: \`3.46\` and \`3.4641\` = 2√3 but \`3.47\` ≠ 2√3, \`0.667\` = 2/3, \`3.14\` = π, \`66.7%\` = 2/3; \`0.33\` ≠ 1/3 (too few digits), \`1.0000001\` ≠ 1 (merely close). A decimal cut off instead of rounded counts only from ${TRUNCATED_SIG_DIGITS} significant digits on (\`3.1415926535\` = π), where the last digit is below any precision a question asks for; shorter, it is not the value (\`0.666666\` ≠ 2/3, \`2.718281\` ≠ e: the rounded forms are \`0.666667\` and \`2.718282\`). A reference's decimal is exact as written: an answer may round it (\`12.5\` for a reference \`12.46\`), but a longer answer is not read as rounding to it (\`5.477\` ≠ \`5.48\`), while a reference decimal may be the rounding of an answer's exact form (\`34.64\` for \`20√3\`). An integer is never rounded to tens or more (\`1.23e6\` ≠ 1234567). *Other graders differ:* ToRA/Qwen accept any relative error below 1e-4, Math-Verify rounds both sides to a fixed number of decimals, PRM800K and MATH accept no rounding at all.`,
  },
  {
    id: 'closed-forms',
    title: 'Closed forms',
    rule: `Two exact closed forms without variables (\`√2/2\` vs \`1/√2\`, radicals, π, logs) are equal when they agree to ${CLOSED_FORM_REL} relative in double precision; sympy confirms when present, and also rechecks near misses (a NO within 1e-6). Sums that cancel or absorb in double precision are left to sympy. Never an absolute epsilon: \`1e-12 ≠ 2e-12\`.`,
  },
  {
    id: 'variables',
    title: 'Variables',
    rule: `Expressions with free variables are the same when they differ only in the order of terms or factors (\`ba + c\` = \`c + ab\`); otherwise sympy decides when the symbolic stage is available, and the rules evaluate both at ${PROBE_POINTS} fixed pseudo-random points (agreement to ${PROBE_REL} relative at every point where both are defined, at least ${PROBE_MIN_POINTS} of them). Odd roots take their real branch (\`x^{2/3}\` = \`\\sqrt[3]{x}^2\` for negative x too; sympy's principal branch disagrees, so it does not re-check those); unknown function values such as \`y(0)\` or \`I(0)\` are unknowns like variables, and so are derivatives, however written (\`\\frac{dv}{dt}\` = \`\\dot v\` = \`v'\` = \`v^{\\prime}\`). Under an even root or a half-integer power, named constants — letters with a subscript (\`r_0\`, \`\\rho_0\`, \`v_0\`) — are positive quantities (\`\\sqrt{4\\pi G\\rho_0 r_0^2}\` = \`2r_0\\sqrt{\\pi G\\rho_0}\`), while a plain variable keeps its sign (\`\\sqrt{x^2}\` ≠ \`x\`) and an absolute value always counts. When the question asks for a general solution (a differential equation, also written only as notation: \`Solve $y' = 3y$.\`, \`\\frac{dy}{dx}\`; an antiderivative or an integral without limits), the arbitrary constants may be named differently (\`Ce^{-2x}\` = \`ce^{-2x}\`, \`Ae^{-t} + Be^{2t}\` = \`c_1e^{-t} + c_2e^{2t}\`). *Other graders differ:* sympy-based graders (Math-Verify, PRM800K) treat every symbol as complex, so they reject roots of squares of physical constants, and they compare arbitrary constants by name.`,
  },
  {
    id: 'percent',
    title: 'Percent',
    rule: '`25%` matches `25` (the sign read as a unit) and `0.25` (its value); a bare `25` never matches `0.25`: no ×100 / ÷100 guessing without a percent sign. When the question is given and never mentions percent, `80%` means only 0.8 (it does not match `80`).',
  },
  {
    id: 'degrees',
    title: 'Degrees',
    rule: '`30°` matches `30` and, as an angle, `π/6`; a bare `30` never matches `π/6`.',
  },
  {
    id: 'units',
    title: 'Units and currency',
    rule: '`$`, `\\$`, `€`, `£`, `¥`, `₹` and trailing units (`cm`, `\\text{ dollars}`, `m^2`, `12 cm^2`; two-letter units of science such as `eV`, `Hz`, `nm`, `kJ` only when written apart from the number, so `3 ab` stays a product; `\\AA` and `Å` are ångström) are dropped after a number or a constant expression, never after a variable. If both sides name a unit: the same unit compares the numbers; known units of one dimension (time, length, mass, money, volume) are converted exactly (`90 minutes` = `1.5 hours`); any other pair of different units is a NO. A compound amount of one dimension, largest unit first, is one amount (`3 hours and 20 minutes` = `200 minutes`, `5 ft 3 in` = `63 in`; a unit of those dimensions after the one number of a sentence stays with it ("It will take 45 minutes." = `0.75 hours`). Against a bare number a compound amount is read in its smallest unit, also inside a sentence: "It takes 1 hour and 15 minutes." = `75`); an amount in cents against a bare number is also read as hundredths (`75 cents` = `0.75` = `\\$0.75`). Scale words are numbers, not units: `1.5 million` = 1500000, `3 dozen` = 36.',
  },
  {
    id: 'notation',
    title: 'Notation',
    rule: '`{7 \\over 12}`, `\\tfrac`, `\\dfrac` and `\\frac12` are fractions, and a whole number before a fraction is a mixed number, also before a unit (`2\\frac{1}{2}` = `2 1/2` = 5/2, `1\\frac{1}{2}` cups = 1.5); `C_{n}^{k}` with integers k < n (n ≥ 3) is the binomial coefficient, as Chinese textbooks write it (`C_{400}^{40}` = `\\binom{400}{40}`); `\\left`/`\\right`, thin spaces and `\\!` inside numbers (`12,\\!345`), thousands separators (`1,234,567`, `12{,}345`, `120 000`), a trailing backslash or line break and a stray `$` are layout. A decimal comma is read where it has no other reading: digits, a comma without a space, and not three digits after it (`3,75` = 3.75 against a single value, while `3,75` against the list `3, 75` is that list and `3,750` is 3750). Program forms are read directly: `Fraction(3, 4)`, `Rational(1, 3)`, `sqrt(2)/2`, `2*pi/3`, `x**2`, `1+2j`, `E`, `I`, `oo`, `np.float64(0.5)`, `Matrix([[1, 0], [0, 1]])`, `Interval.open(0, 1)` (sympy\'s `Interval(7, oo)` is closed at 7 and open at ∞), `FiniteSet(…)`, `Union(…)`, `Eq(x, 3)`, `(-2 < x) & (x < 1)`, `(x < -2) | (x > 2)`, `{x: 3, y: -2}`, numpy\'s arrays printed without commas (`[ 0.5 -1.5  2. ]`, `[[1. 0.]` / ` [0. 1.]]`), sympy\'s constants of a general solution (`C1*exp(3*x)`: `C1` is `C_1`). A number with two decimal points is not a decimal (`2.3.1` is a version). The parser never guesses: malformed LaTeX makes a side unparsable (undecided), never "a number found inside it"; `\\cdot` is an operator (`2\\cdot3` = 6, not 23).',
  },
  {
    id: 'equations',
    title: 'Equations',
    rule: '`x = 3` matches `3`; `y = 2x+3`, `f(x) = 2x+3`, `f^{-1}(x) = 2x+3`, `f\'(x) = 2x+3` and `\\omega(r) = 2r` match `2x+3` (and `2r`) and each other; a probability or an expectation names one quantity (`P(A \\cap B) = 0.3` = `0.3`, `E[X] = 3.5`), and so does an operator applied (`\\frac{d}{dx}(x^3) = 3x^2` = `3x^2`, `\\int 2x\\,dx = x^2 + C`), and so do sets combined by name (`M \\cap N = \\{x \\mid -2 \\le x < 1\\}` = `[-2, 1)`, `\\complement_U A = \\{1, 3\\}`, a complement also written `\\bar{N}`, `N^c` or `N\'`: `M \\cup \\bar{N} = \\{0, 2\\}`). A reference that is a relation between several unknowns (`2a + b = 7`, `x^2 + y = 1`, `xy = 6`) is not the number on one of its sides: a bare value against it is a NO — unless its left side names one quantity (`x`, `a_1`, `f(2)`, `\\sin\\theta`, a segment `AB`). An answer may label its value that way (`a + b = 10` for the reference `10`) when that is what the question asks for: the label appears in the question as a whole term (`8x + 10y = 23` for "what is the value of 8x + 10y?") or the question asks for that kind of combination in words ("the sum of the roots" for `x_1 + x_2 = 5`); otherwise the answer states another quantity and is a NO (`a^2 = 1` when the question asks for a, `\\sin^2 x = 1` when it asks for `\\cos^3 x + \\cos^2 x`). Equations compare by `lhs − rhs` up to a constant factor (`ex - 4y + e = 0` = `y = \\frac{e}{4}x + \\frac{e}{4}`), or as the same equation solved for an unknown they share in which both are linear (`\\frac{dv}{dt} = \\frac{f - bv}{m}` = `m\\frac{dv}{dt} + bv = f`); different named unknowns (`x = 5` vs `y = 5`) do not match. A ratio is a value (`5:9` = `5/9` = `5 to 9`), also when labelled (`S_1 : S_2 = 5 : 9`); a ratio of three or more terms is equal to another up to a common factor (`a:b:c = 2:3:4` = `4:6:8`, `4:3:2` ≠ `2:3:4`); a computation states its last value (`12 + 30 = 42` is 42). Systems (`x=1, y=2`, `{x: 1, y: 2}`) match by name, or a tuple in alphabetical order of the names; solutions separated by `;` are a list of systems (`a=3, b=1; a=1, b=3` = `(3,1),(1,3)`).',
  },
  {
    id: 'structures',
    title: 'Structures',
    rule: 'Sets are unordered, tuples `( )` and `\\langle \\rangle` ordered. A bare list (and a list of boxes) is compared in order when the question fixes one — "in increasing/decreasing order", "from least to greatest", "sort", "arrange", "respectively", a sequence or its first terms, labelled parts (a), (b), "the maximum and the minimum", named quantities asked in turn ("the mean and the median", two questions in one) — and as a set otherwise ("all solutions", roots, values); Python lists against each other are ordered. A one-element list matches its element; a pair in round brackets is not a set, but when the question asks for one intercept the point on that axis is its coordinate (`(0, 4)` = `4` for a y-intercept). Intervals keep their ends as written (`(1, 2] ≠ [1, 2]`, `[2, ∞] ≠ [2, ∞)`); `(a, b)` against `[a, b]` is a NO unless the question asks for a point, ordered pair or vector. Inequalities are intervals: `x >= 7` = `7 \\le x` = `[7, ∞)`, linear ones are solved (`-x > -2` = `x < 2`), `|x| > 2` and `|x - 2| < 1` become unions and intervals, `x ≠ 3` and `\\mathbb{R} \\setminus \\{3\\}` are `(-∞,3) ∪ (3,∞)`, conditions on one variable listed together hold together (`a ≠ 0, a ≠ 1`), `x \\in [-1, 4]` (any variable: `\\omega \\in [2, 3)`) and `{x | -2 ≤ x < 1}` are their intervals, "or" between inequalities is a union. Bounds on a function value (`-1 < g(x) < 3`) answer a question about its range; otherwise they are undecided. Unions of finite sets are sets (`\\{1,4\\}\\cup\\{6\\}`). A chain of comparisons is an order, not letters: `b > a > c` = `c < a < b` ≠ `a > b > c` (strict and non-strict steps must agree); against a list it is read in the direction the question asks ("in decreasing order": `b, a, c`), and undecided when the question does not say. Matrices compare element-wise in any of `pmatrix`/`bmatrix`/`array`/`Matrix([…])` forms, with `^T` transposing; a one-row or one-column matrix is a vector; `vmatrix` is a determinant, not a matrix. *Other graders differ:* Math-Verify treats every set unordered and every tuple ordered regardless of the question; MATH and PRM800K compare strings, so `1, 2` never equals `2, 1`.',
  },
  {
    id: 'hedges',
    title: 'Hedges',
    rule: '"3 or 4", "at least 5", "maybe 5", "7, but it could also be 8", or `±2` against a single value, is a NO ("18, not 16" sets one value against another and states 18; "Actually no wait, it\'s 16." opens a correction and states 16) unless the reference itself lists several values, in which case "or" is read as a list separator. "1/2 or 0.5" names one value twice and matches it. Hedges count where the answer is stated (the answer phrase, the last sentence\'s result clause, the sentence of the box: "it might be \\boxed{15}, I\'m not sure", "probably \\boxed{42}"; not "since $x$ might be negative, … \\boxed{3}"). "About", "approximately" and `≈` are not hedges: they announce a rounded value, judged by policy `decimals` (`≈ 3.46` = 2√3, "about 3.5" ≠ 2√3).',
  },
  {
    id: 'choices',
    title: 'Choices',
    rule: 'Options are lettered A–H, or F, G, H, J, K as the ACT letters alternate questions. A letter reference matches exactly that letter (`C`, `(C)`, `\\textbf{(C)} 42`, `C: 42`, `C)`), written in either case against a letter reference (`(b)`, `b)`, `b` for B), or named in a sentence ("The right choice is (B).", "Option (c) is correct.", "(k) is correct." — what follows a verb is not option text), or the option\'s text when the question lists its options (a written-out `\\n` between options is layout); a letter whose text contradicts the option (`(C) 13` against `(C) 12`), several letters (also "so the answer is A or B" after a boxed letter), or the text of another option ("all even integers" against A when B is "All even integers") is a NO.',
  },
  {
    id: 'text',
    title: 'Text',
    rule: 'Words are compared case-, space-, punctuation- and article-insensitively, a trailing plural `s` and a trailing generic noun ("solutions") ignored; a sentence is read by what follows its verb ("The shape is an ellipse." = `\\text{ellipse}`, "It is a parabola." is a NO); `True`/`yes` and `False`/`no` are booleans, also at the start of a sentence ("Yes, it converges."), and a denial of existence is no ("No such number exists.", "There is no such triangle.", "The limit does not exist."); number words below a million are numbers, also as the count a sentence states ("The system has exactly two solutions." = 2, "…= five down quarks" = 5; "the one with …" is no count); "no solution", "no real roots" and "the empty set" are the empty set, and a count of 0 when the question asks "how many"; a code or a word with digits (`QX7Z`, `B12`, `H2O`) is not a number. A trailing noun that names the kind of thing the question asks about adds nothing ("obtuse triangle" = "obtuse", "an odd function" = `\\text{odd}`); "neither even nor odd" answers "neither"; a kind of condition is what it affirms ("a necessary but not a sufficient condition" = "necessary but not sufficient" ≠ "sufficient but not necessary"). Quadrants are named by ordinal, number or numeral ("the first quadrant" = `Quadrant I`, "all four quadrants" = `I, II, III, IV`). Things written with digits are compared as what they name: dates in any common order (`March 14, 2025` = `14 March 2025` = `2025-03-14`; `5/6/2025` is not read), clock times (`5:00 a.m.` = `5am`, `4:45 p.m.` = `16:45`), versions (`v2.3.1` = `2.3.1`), chemical formulas however their subscripts are written (`\\mathrm{CO}_2` = `\\mathrm{CO_2}`); a number taken out of them is not them (`4` ≠ `H_2SO_4`). An ordinal is its number on either side (`18th`, `18^{th}`). A short sentence that ends on the reference\'s one word, and neither denies nor doubts it, says that word ("The sequence converges." = `converges`; "It never converges.", "It may converge." are not read so). A sentence that says more than a one-word reference ("a regular hexagon" for `hexagon`: a semicircle is not a circle) is undecided. Short different words (two at most after a leading a/an: "an equilateral triangle" ≠ `isosceles`) are a NO; longer phrases stay undecided ("The series diverges." against `converges`).',
  },
  {
    id: 'undecided',
    title: 'Undecided',
    rule: 'When nothing above applies (an unparsable side, a long phrase, a sentence with several numbers), the rules say undecided with a reason; the symbolic stage and then the optional LLM judge may decide — the page offers the LLM judge for an undecided verdict. `grade` and the accuracy figures count undecided as not YES; the corpus tests count it as a correct NO only where the corpus marks the pair as one the rules must leave undecided.',
  },
] as const satisfies readonly Policy[];

/** The id of a policy, for code that names the policy it implements. */
export type PolicyId = (typeof POLICIES)[number]['id'];

/** The policies as the numbered Markdown list the docs show. */
export function renderPolicies(): string {
  return POLICIES.map((p, i) => `${i + 1}. **${p.title}** (\`${p.id}\`). ${p.rule}`).join('\n') + '\n';
}
