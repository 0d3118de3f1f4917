#include "ConfusionMatrix.h"

#include <stdexcept>
#include <string>

namespace nw {

ConfusionMatrix::ConfusionMatrix(int classCount)
    : m_classes(classCount)
    , m_counts(static_cast<std::size_t>(classCount > 0 ? classCount * classCount : 0), 0)
{
    if (classCount < 1)
        throw std::invalid_argument("a confusion matrix needs at least one class");
}

void ConfusionMatrix::add(int trueClass, int predictedClass)
{
    if (trueClass < 0 || trueClass >= m_classes || predictedClass < 0 || predictedClass >= m_classes)
        throw std::out_of_range("class " + std::to_string(trueClass < 0 || trueClass >= m_classes ? trueClass : predictedClass)
                                + " is outside 0.." + std::to_string(m_classes - 1));
    ++m_counts[static_cast<std::size_t>(trueClass * m_classes + predictedClass)];
    ++m_total;
}

void ConfusionMatrix::addAll(std::span<const int> trueClasses, std::span<const int> predictedClasses)
{
    if (trueClasses.size() != predictedClasses.size())
        throw std::invalid_argument("true and predicted class lists differ in length");
    for (std::size_t i = 0; i < trueClasses.size(); ++i)
        add(trueClasses[i], predictedClasses[i]);
}

std::size_t ConfusionMatrix::count(int trueClass, int predictedClass) const
{
    return m_counts.at(static_cast<std::size_t>(trueClass * m_classes + predictedClass));
}

double ConfusionMatrix::accuracy() const
{
    std::size_t correct = 0;
    for (int c = 0; c < m_classes; ++c)
        correct += count(c, c);
    return m_total ? static_cast<double>(correct) / static_cast<double>(m_total) : 0.0;
}

ClassMetrics ConfusionMatrix::classMetrics(int c) const
{
    std::size_t predicted = 0, actual = 0;
    for (int k = 0; k < m_classes; ++k) {
        predicted += count(k, c);
        actual += count(c, k);
    }
    const double tp = static_cast<double>(count(c, c));
    ClassMetrics m;
    m.support = actual;
    m.precision = predicted ? tp / static_cast<double>(predicted) : 0.0;
    m.recall = actual ? tp / static_cast<double>(actual) : 0.0;
    m.f1 = m.precision + m.recall > 0.0 ? 2.0 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
    return m;
}

ClassMetrics ConfusionMatrix::macroAverage() const
{
    ClassMetrics avg;
    for (int c = 0; c < m_classes; ++c) {
        const ClassMetrics m = classMetrics(c);
        avg.precision += m.precision;
        avg.recall += m.recall;
        avg.f1 += m.f1;
        avg.support += m.support;
    }
    avg.precision /= m_classes;
    avg.recall /= m_classes;
    avg.f1 /= m_classes;
    return avg;
}

ClassMetrics ConfusionMatrix::weightedAverage() const
{
    ClassMetrics avg;
    for (int c = 0; c < m_classes; ++c) {
        const ClassMetrics m = classMetrics(c);
        const double w = static_cast<double>(m.support);
        avg.precision += w * m.precision;
        avg.recall += w * m.recall;
        avg.f1 += w * m.f1;
        avg.support += m.support;
    }
    if (avg.support) {
        avg.precision /= static_cast<double>(avg.support);
        avg.recall /= static_cast<double>(avg.support);
        avg.f1 /= static_cast<double>(avg.support);
    }
    return avg;
}

ClassMetrics ConfusionMatrix::microAverage() const
{
    ClassMetrics avg;
    avg.precision = avg.recall = avg.f1 = accuracy();
    avg.support = m_total;
    return avg;
}

} // namespace nw
