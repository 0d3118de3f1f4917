#include "ConfusionHeatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {
constexpr int kMargin = 8;
constexpr int kScaleWidth = 14;
// ColorBrewer "Blues": light for few samples, dark for many; readable in print.
const QColor kLow(247, 251, 255);
const QColor kHigh(8, 48, 107);
} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(tr("Evaluate the trained model to see where it is right and wrong."))
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionHeatmap::setMatrix(std::vector<std::size_t> counts, QStringList classNames)
{
    const auto n = static_cast<std::size_t>(classNames.size());
    if (counts.size() != n * n) {
        counts.clear();
        classNames.clear();
    }
    m_counts = std::move(counts);
    m_names = std::move(classNames);
    m_rowTotals.assign(static_cast<std::size_t>(m_names.size()), 0);
    for (std::size_t t = 0; t < m_rowTotals.size(); ++t)
        for (std::size_t p = 0; p < m_rowTotals.size(); ++p)
            m_rowTotals[t] += m_counts[t * n + p];
    m_hover.reset();
    updateGeometry();
    update();
}

void ConfusionHeatmap::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void ConfusionHeatmap::setNormalised(bool normalised)
{
    m_normalised = normalised;
    update();
}

std::size_t ConfusionHeatmap::count(int trueClass, int predictedClass) const
{
    return m_counts[static_cast<std::size_t>(trueClass) * m_names.size() + static_cast<std::size_t>(predictedClass)];
}

double ConfusionHeatmap::value(int trueClass, int predictedClass) const
{
    const double c = static_cast<double>(count(trueClass, predictedClass));
    if (!m_normalised)
        return c;
    const std::size_t total = m_rowTotals[static_cast<std::size_t>(trueClass)];
    return total ? c / static_cast<double>(total) : 0.0;
}

double ConfusionHeatmap::maximum() const
{
    if (m_normalised)
        return 1.0;
    const auto it = std::max_element(m_counts.begin(), m_counts.end());
    return it == m_counts.end() ? 1.0 : std::max<double>(1.0, static_cast<double>(*it));
}

QColor ConfusionHeatmap::colour(double fraction) const
{
    const double f = std::clamp(fraction, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(kLow.redF() + (kHigh.redF() - kLow.redF()) * f),
        static_cast<float>(kLow.greenF() + (kHigh.greenF() - kLow.greenF()) * f),
        static_cast<float>(kLow.blueF() + (kHigh.blueF() - kLow.blueF()) * f));
}

ConfusionHeatmap::Geometry ConfusionHeatmap::geometry() const
{
    Geometry g;
    const int n = classCount();
    if (n == 0)
        return g;
    const QFontMetrics fm(font());
    int nameWidth = 0;
    for (const QString& name : m_names)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(name));
    const int scaleLabels
        = fm.horizontalAdvance(m_normalised ? QStringLiteral("100%") : QString::number(maximum(), 'f', 0));
    const int left = kMargin + fm.height() + 4 + nameWidth + 6;
    const int right = kMargin + kScaleWidth + 6 + scaleLabels + kMargin;
    const int titleHeight = fm.height() + 4;
    auto cellFor
        = [&](int top) { return std::max(8, std::min((width() - left - right) / n, (height() - top - kMargin) / n)); };
    int top = kMargin + titleHeight + fm.height() + 6;
    g.cell = cellFor(top);
    if (nameWidth + 6 > g.cell) {
        g.rotatedColumns = true;
        top = kMargin + titleHeight + nameWidth + 6;
        g.cell = cellFor(top);
    }
    const int side = g.cell * n;
    g.nameWidth = nameWidth;
    g.grid = QRect(left, top, side, side);
    g.scale = QRect(g.grid.right() + 1 + 12, g.grid.top(), kScaleWidth, side);
    return g;
}

QRect ConfusionHeatmap::cellRect(int trueClass, int predictedClass) const
{
    const Geometry g = geometry();
    return QRect(g.grid.left() + predictedClass * g.cell, g.grid.top() + trueClass * g.cell, g.cell, g.cell);
}

std::optional<std::pair<int, int>> ConfusionHeatmap::cellAt(QPoint pos) const
{
    const Geometry g = geometry();
    if (classCount() == 0 || !g.grid.contains(pos))
        return std::nullopt;
    const int p = std::min((pos.x() - g.grid.left()) / g.cell, classCount() - 1);
    const int t = std::min((pos.y() - g.grid.top()) / g.cell, classCount() - 1);
    return std::make_pair(t, p);
}

QSize ConfusionHeatmap::sizeHint() const
{
    return { 560, 480 };
}

QSize ConfusionHeatmap::minimumSizeHint() const
{
    return { 240, 200 };
}

void ConfusionHeatmap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int n = classCount();
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::Text);
    const double top = maximum();

    // Axis titles.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    // Centred on the grid, but never cut off: a few classes make a grid narrower than
    // the title ("Vorhergesagte Klasse" over three columns), which then shifts inwards.
    const QFontMetrics boldMetrics(bold);
    const auto span = [](int centre, int textLength, int limit) {
        const int length = std::min(textLength + 8, limit);
        return std::clamp(centre - length / 2, 0, limit - length);
    };
    const QString predicted = tr("Predicted class");
    const int predictedWidth = std::max(g.grid.width(), boldMetrics.horizontalAdvance(predicted) + 8);
    painter.drawText(QRect(span(g.grid.center().x(), predictedWidth - 8, width()), kMargin,
                         std::min(predictedWidth, width()), fm.height() + 2),
        Qt::AlignCenter, predicted);
    const QString truth = tr("True class");
    const int truthLength = std::min(std::max(g.grid.height(), boldMetrics.horizontalAdvance(truth) + 8), height());
    const int truthTop = span(g.grid.center().y(), truthLength - 8, height());
    painter.save();
    painter.translate(g.grid.left() - 6 - g.nameWidth - 4 - fm.height() - 2, truthTop + truthLength);
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, truthLength, fm.height() + 2), Qt::AlignCenter, truth);
    painter.restore();
    painter.setFont(font());

    // Class names.
    for (int i = 0; i < n; ++i) {
        const QString& name = m_names[i];
        painter.drawText(
            QRect(0, g.grid.top() + i * g.cell, g.grid.left() - 6, g.cell), Qt::AlignRight | Qt::AlignVCenter, name);
        const int x = g.grid.left() + i * g.cell;
        if (g.rotatedColumns) {
            painter.save();
            painter.translate(x + g.cell / 2 + fm.ascent() / 2 - 1, g.grid.top() - 6);
            painter.rotate(-90);
            painter.drawText(0, 0, name);
            painter.restore();
        } else {
            painter.drawText(QRect(x, g.grid.top() - fm.height() - 6, g.cell, fm.height() + 2),
                Qt::AlignHCenter | Qt::AlignBottom, name);
        }
    }

    // Cells, their numbers in a font that fits the cell.
    QFont numberFont = font();
    const QString widest = m_normalised ? QStringLiteral("0.00") : QString::number(top, 'f', 0);
    while (numberFont.pointSizeF() > 6.0 && QFontMetrics(numberFont).horizontalAdvance(widest) > g.cell - 4)
        numberFont.setPointSizeF(numberFont.pointSizeF() - 0.5);
    const bool numbersFit = QFontMetrics(numberFont).horizontalAdvance(widest) <= g.cell - 2
        && QFontMetrics(numberFont).height() <= g.cell;
    painter.setFont(numberFont);
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            const QRect cell = cellRect(t, p);
            const double v = value(t, p);
            const double fraction = v / top;
            painter.fillRect(cell, colour(fraction));
            if (!numbersFit)
                continue;
            // Empty cells in grey: the eye goes to where the samples are.
            painter.setPen(fraction > 0.5 ? QColor(Qt::white)
                    : count(t, p) == 0    ? QColor(170, 170, 170)
                                          : QColor(20, 20, 20));
            const QString label = m_normalised ? QString::number(v, 'f', 2) : QString::number(count(t, p));
            painter.drawText(cell, Qt::AlignCenter, label);
        }
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.grid.adjusted(0, 0, -1, -1));
    if (m_hover) {
        painter.setPen(QPen(QColor(0xe0, 0x6c, 0x00), 2));
        painter.drawRect(cellRect(m_hover->first, m_hover->second).adjusted(1, 1, -1, -1));
    }

    // Colour scale: top is the maximum, bottom zero.
    painter.setFont(font());
    QLinearGradient gradient(g.scale.topLeft(), g.scale.bottomLeft());
    gradient.setColorAt(0.0, colour(1.0));
    gradient.setColorAt(1.0, colour(0.0));
    painter.fillRect(g.scale, gradient);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(g.scale.adjusted(0, 0, -1, -1));
    painter.setPen(text);
    const QString high = m_normalised ? QStringLiteral("100%") : QString::number(top, 'f', 0);
    const QString mid = m_normalised ? QStringLiteral("50%") : QString::number(top / 2.0, 'f', 0);
    const int labelX = g.scale.right() + 6;
    painter.drawText(QPoint(labelX, g.scale.top() + fm.ascent()), high);
    painter.drawText(QPoint(labelX, g.scale.center().y() + fm.ascent() / 2), mid);
    painter.drawText(QPoint(labelX, g.scale.bottom()), m_normalised ? QStringLiteral("0%") : QStringLiteral("0"));
}

void ConfusionHeatmap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const auto cell = cellAt(event->position().toPoint()))
        Q_EMIT cellClicked(cell->first, cell->second);
}

void ConfusionHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        update();
    }
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    const auto [t, p] = *cell;
    const std::size_t total = m_rowTotals[static_cast<std::size_t>(t)];
    const double share = total ? 100.0 * static_cast<double>(count(t, p)) / static_cast<double>(total) : 0.0;
    QToolTip::showText(event->globalPosition().toPoint(),
        tr("True %1, predicted %2: %n sample(s), %3% of the class. Click to see them.", nullptr,
            static_cast<int>(count(t, p)))
            .arg(m_names[t], m_names[p])
            .arg(share, 0, 'f', 1),
        this);
}

void ConfusionHeatmap::leaveEvent(QEvent* event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace nw
