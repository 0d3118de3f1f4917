#include "FeatureContributionBars.h"

#include "MapColouring.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nw {

namespace {
constexpr int kMargin = 6;
} // namespace

FeatureContributionBars::FeatureContributionBars(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FeatureContributionBars::setContributions(QStringList names, std::vector<float> values)
{
    m_names = std::move(names);
    m_values = std::move(values);
    std::vector<int> all(m_values.size());
    std::iota(all.begin(), all.end(), 0);
    std::stable_sort(all.begin(), all.end(), [this](int a, int b) {
        return std::abs(m_values[static_cast<std::size_t>(a)]) > std::abs(m_values[static_cast<std::size_t>(b)]);
    });
    m_restSum = 0.0f;
    if (static_cast<int>(all.size()) > kMaxRows) {
        for (std::size_t i = kMaxRows - 1; i < all.size(); ++i)
            m_restSum += m_values[static_cast<std::size_t>(all[i])];
        all.resize(kMaxRows - 1);
        all.push_back(-1);
    }
    m_order = std::move(all);
    updateGeometry();
    update();
}

void FeatureContributionBars::clear()
{
    setContributions({}, {});
}

QString FeatureContributionBars::rowName(int row) const
{
    const int feature = m_order[static_cast<std::size_t>(row)];
    if (feature < 0)
        return tr("%n other features", nullptr, static_cast<int>(m_values.size()) - (kMaxRows - 1));
    return feature < m_names.size() ? m_names[feature] : tr("feature %1").arg(feature + 1);
}

float FeatureContributionBars::rowValue(int row) const
{
    const int feature = m_order[static_cast<std::size_t>(row)];
    return feature < 0 ? m_restSum : m_values[static_cast<std::size_t>(feature)];
}

int FeatureContributionBars::rowHeight() const
{
    // The name on its own line, the bar under it: long column names stay readable.
    return 2 * fontMetrics().height() + 8;
}

QSize FeatureContributionBars::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_order.size()));
    return { 240, 2 * kMargin + rows * rowHeight() };
}

QSize FeatureContributionBars::minimumSizeHint() const
{
    return { 160, sizeHint().height() };
}

void FeatureContributionBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_order.empty())
        return;
    const QFontMetrics fm(font());
    float largest = 0.0f;
    for (int row = 0; row < static_cast<int>(m_order.size()); ++row)
        largest = std::max(largest, std::abs(rowValue(row)));
    if (!(largest > 0.0f))
        largest = 1.0f;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("−0.00000"));
    const int left = kMargin + valueWidth;
    const int right = width() - kMargin - valueWidth;
    const int zero = (left + right) / 2;
    const double half = std::max(10, (right - left) / 2);
    const int rows = static_cast<int>(m_order.size());
    const int textHeight = fm.height();
    for (int row = 0; row < rows; ++row) {
        const int y = kMargin + row * rowHeight();
        const float value = rowValue(row);
        // The zero line through the bars, not through the names.
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(zero, y + textHeight, zero, y + rowHeight());
        painter.setPen(palette().color(QPalette::Text));
        const QRect nameBox(kMargin, y, width() - 2 * kMargin, textHeight);
        painter.drawText(
            nameBox, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(rowName(row), Qt::ElideMiddle, nameBox.width()));
        const int barTop = y + textHeight + 1;
        const int barHeight = textHeight + 2;
        const int length = static_cast<int>(std::abs(value) / largest * half + 0.5);
        const QRect bar
            = value >= 0.0f ? QRect(zero, barTop, length, barHeight) : QRect(zero - length, barTop, length, barHeight);
        painter.fillRect(bar, divergingColour(value >= 0.0f ? 0.85f : -0.85f));
        const QString text = QString::number(static_cast<double>(value), 'g', 3);
        const QRect label = value >= 0.0f ? QRect(bar.right() + 4, barTop, valueWidth, barHeight)
                                          : QRect(bar.left() - 4 - valueWidth, barTop, valueWidth, barHeight);
        painter.drawText(label, (value >= 0.0f ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
    }
}

} // namespace nw
