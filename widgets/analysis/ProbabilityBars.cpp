#include "ProbabilityBars.h"

#include <QPainter>

#include <algorithm>

namespace nw {

namespace {
constexpr int kMargin = 6;
const QColor kBar(0x1f, 0x77, 0xb4);
const QColor kPredicted(0xe0, 0x6c, 0x00);
} // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ProbabilityBars::setProbabilities(
    std::vector<float> probabilities, QStringList classNames, int trueClass, int predictedClass)
{
    m_probabilities = std::move(probabilities);
    m_names = std::move(classNames);
    m_true = trueClass;
    m_predicted = predictedClass;
    updateGeometry();
    update();
}

QSize ProbabilityBars::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_probabilities.size()));
    return { 360, 2 * kMargin + rows * (fontMetrics().height() + 6) };
}

QSize ProbabilityBars::minimumSizeHint() const
{
    return { 200, sizeHint().height() };
}

void ProbabilityBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int nameWidth = 0;
    for (const QString& name : m_names)
        nameWidth = std::max(nameWidth, boldMetrics.horizontalAdvance(name));
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("0.000"));
    const int rowHeight = fm.height() + 6;
    const int barLeft = kMargin + nameWidth + 8;
    const int barWidth = std::max(20, width() - barLeft - valueWidth - 2 * kMargin - 6);
    for (int c = 0; c < static_cast<int>(m_probabilities.size()); ++c) {
        const int y = kMargin + c * rowHeight;
        const QString name = c < m_names.size() ? m_names[c] : QString::number(c);
        painter.setFont(c == m_true ? bold : font());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(kMargin, y, nameWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter, name);
        const float p = std::clamp(m_probabilities[static_cast<std::size_t>(c)], 0.0f, 1.0f);
        const QRect track(barLeft, y + 3, barWidth, rowHeight - 6);
        painter.fillRect(track, palette().color(QPalette::AlternateBase));
        painter.fillRect(
            QRect(track.topLeft(), QSize(static_cast<int>(p * static_cast<float>(barWidth) + 0.5f), track.height())),
            c == m_predicted ? kPredicted : kBar);
        painter.setFont(font());
        painter.drawText(QRect(track.right() + 6, y, valueWidth + kMargin, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(static_cast<double>(p), 'f', 3));
    }
}

} // namespace nw
