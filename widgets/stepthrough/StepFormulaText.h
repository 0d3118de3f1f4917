#pragma once
// The small pieces every step-through formula is written with: numbers in the
// interface's locale (four significant digits), products that bracket negative
// factors, sums that show a few terms and count the rest, and which units of a
// layer get a line of their own (all of them up to kNumbersUpTo, otherwise the one
// highlighted). Shared by the forward, loss, backward and update formulas, so a
// number on the card and in the formula is written the same way.
#include "engine/StepThroughTrace.h"

#include <QString>
#include <QStringList>

namespace nw {

namespace stepformula {

// Layers of up to this many units get numbers for every unit.
inline constexpr int kNumbersUpTo = 16;
// Terms of a sum written out before "… + n more": a 3x3 window of one channel in full.
inline constexpr int kTermsShown = 9;

QString number(float value);
// A factor of a product: negative numbers in brackets.
QString factor(float value);
QString product(float a, float b);
// "t1 + t2 + … + (n more terms)" from all the terms, the first kTermsShown written.
QString sum(const QStringList& terms);
// <i>name</i><sub>index</sub>, index 1-based as in a maths book.
QString indexed(const QString& name, int zeroBasedIndex);
QString line(const QString& html);
// Units that get a line: all when there are at most kNumbersUpTo, else `unit`.
QList<int> unitsToShow(std::size_t count, int unit);
// The unit a big layer highlights unless the user picks one: the largest |value|.
int largestUnit(const Tensor& values);
const ParameterTrace* parameter(const NodeTrace& node, const std::string& shortName);
// "unit 7 of 24" note for a layer too big to show every unit.
QString unitNote(std::size_t count, int unit);

} // namespace stepformula

} // namespace nw
