#include "MatrixHeatmap.h"

#include "explain/MapColouring.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace nw {

namespace {

constexpr int kMargin = 4;
constexpr int kMaxLabelWidth = 90;

} // namespace

MatrixHeatmap::MatrixHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_rowName(tr("query"))
    , m_columnName(tr("key"))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MatrixHeatmap::setMatrix(int rows, int columns, std::vector<float> values, Scale scale, float scaleValue)
{
    // A live run sends several traces a second: only a new shape asks the layout again.
    const bool reshaped = std::max(0, rows) != m_rows || std::max(0, columns) != m_columns;
    m_rows = std::max(0, rows);
    m_columns = std::max(0, columns);
    m_values = std::move(values);
    m_values.resize(static_cast<std::size_t>(m_rows) * static_cast<std::size_t>(m_columns), 0.0f);
    m_scale = scale;
    if (scaleValue <= 0.0f) {
        scaleValue = 0.0f;
        for (float v : m_values)
            if (std::isfinite(v))
                scaleValue = std::max(scaleValue, std::abs(v));
    }
    m_scaleValue = std::max(scaleValue, 1e-6f);
    if (m_highlighted >= m_rows)
        m_highlighted = -1;
    m_hover.reset();
    if (reshaped)
        updateGeometry();
    update();
}

void MatrixHeatmap::setLabels(QStringList rowLabels, QStringList columnLabels)
{
    if (rowLabels == m_rowLabels && columnLabels == m_columnLabels)
        return;
    m_rowLabels = std::move(rowLabels);
    m_columnLabels = std::move(columnLabels);
    updateGeometry();
    update();
}

void MatrixHeatmap::setTitle(const QString& title)
{
    if (title == m_title)
        return;
    m_title = title;
    update();
}

void MatrixHeatmap::setAxisNames(const QString& rowName, const QString& columnName)
{
    m_rowName = rowName;
    m_columnName = columnName;
}

void MatrixHeatmap::setHighlightedRow(int row)
{
    row = row >= 0 && row < m_rows ? row : -1;
    if (row == m_highlighted)
        return;
    m_highlighted = row;
    update();
}

float MatrixHeatmap::value(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return 0.0f;
    return m_values[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns) + static_cast<std::size_t>(column)];
}

QColor MatrixHeatmap::colour(float value) const
{
    if (!std::isfinite(value))
        return palette().color(QPalette::Mid);
    if (m_scale == Scale::Diverging)
        return divergingColour(std::clamp(value / m_scaleValue, -1.0f, 1.0f));
    return sequentialColour(std::clamp(value / m_scaleValue, 0.0f, 1.0f));
}

MatrixHeatmap::Layout MatrixHeatmap::layout() const
{
    Layout l;
    const QFontMetrics fm(font());
    l.titleHeight = m_title.isEmpty() ? 0 : fm.height() + 2;
    const QRect area = rect().adjusted(kMargin, kMargin + l.titleHeight, -kMargin, -kMargin);
    if (m_rows <= 0 || m_columns <= 0 || area.width() <= 0 || area.height() <= 0)
        return l;
    int rowWidth = 0;
    for (const QString& label : m_rowLabels)
        rowWidth = std::max(rowWidth, fm.horizontalAdvance(label));
    int columnWidth = 0;
    for (const QString& label : m_columnLabels)
        columnWidth = std::max(columnWidth, fm.horizontalAdvance(label));
    l.rowLabelWidth = std::min(rowWidth, kMaxLabelWidth) + (rowWidth > 0 ? 4 : 0);
    l.columnLabelHeight = std::min(columnWidth, kMaxLabelWidth) + (columnWidth > 0 ? 4 : 0);
    // Labels only when a cell can carry a line of text; otherwise the cells take the room.
    const double withLabels = std::min(double(area.width() - l.rowLabelWidth) / m_columns,
        double(area.height() - l.columnLabelHeight) / m_rows);
    l.labels = (rowWidth > 0 || columnWidth > 0) && withLabels >= fm.height() * 0.8;
    if (!l.labels) {
        l.rowLabelWidth = 0;
        l.columnLabelHeight = 0;
    }
    l.cell = std::max(1.0,
        std::min(double(area.width() - l.rowLabelWidth) / m_columns, double(area.height() - l.columnLabelHeight) / m_rows));
    const int w = int(std::floor(l.cell * m_columns));
    const int h = int(std::floor(l.cell * m_rows));
    l.grid = QRect(area.left() + l.rowLabelWidth, area.top() + l.columnLabelHeight, w, h);
    return l;
}

std::optional<MatrixHeatmap::Cell> MatrixHeatmap::cellAt(QPoint pos) const
{
    const Layout l = layout();
    if (l.cell <= 0.0 || !l.grid.contains(pos))
        return std::nullopt;
    const int column = std::min(m_columns - 1, int((pos.x() - l.grid.left()) / l.cell));
    const int row = std::min(m_rows - 1, int((pos.y() - l.grid.top()) / l.cell));
    return Cell { row, column };
}

QPoint MatrixHeatmap::cellCentre(int row, int column) const
{
    const Layout l = layout();
    return QPoint(l.grid.left() + int((column + 0.5) * l.cell), l.grid.top() + int((row + 0.5) * l.cell));
}

QPoint MatrixHeatmap::rowLabelCentre(int row) const
{
    const Layout l = layout();
    if (!l.labels || l.rowLabelWidth == 0)
        return {};
    return QPoint(l.grid.left() - l.rowLabelWidth / 2, l.grid.top() + int((row + 0.5) * l.cell));
}

int MatrixHeatmap::rowAtLabel(QPoint pos, const Layout& l) const
{
    if (!l.labels || pos.x() >= l.grid.left() || pos.x() < l.grid.left() - l.rowLabelWidth || pos.y() < l.grid.top()
        || pos.y() >= l.grid.bottom())
        return -1;
    return std::min(m_rows - 1, int((pos.y() - l.grid.top()) / l.cell));
}

int MatrixHeatmap::columnAtLabel(QPoint pos, const Layout& l) const
{
    if (!l.labels || pos.y() >= l.grid.top() || pos.y() < l.grid.top() - l.columnLabelHeight || pos.x() < l.grid.left()
        || pos.x() >= l.grid.right())
        return -1;
    return std::min(m_columns - 1, int((pos.x() - l.grid.left()) / l.cell));
}

QString MatrixHeatmap::cellText(int row, int column) const
{
    const QString rowLabel = row < m_rowLabels.size() ? m_rowLabels[row] : QString::number(row);
    const QString columnLabel = column < m_columnLabels.size() ? m_columnLabels[column] : QString::number(column);
    //: Hover text of a heatmap cell: "query 3 “a”, key 5 “b”: 0.2310" (axis name, number, token; twice; the value)
    return tr("%1 %2 “%3”, %4 %5 “%6”: %7")
        .arg(m_rowName)
        .arg(row + 1)
        .arg(rowLabel, m_columnName)
        .arg(column + 1)
        .arg(columnLabel)
        .arg(double(value(row, column)), 0, 'f', 4);
}

QSize MatrixHeatmap::sizeHint() const
{
    const QFontMetrics fm(font());
    const int cell = fm.height() + 4;
    return QSize(std::clamp(m_columns * cell + kMaxLabelWidth / 2, 160, 640),
        std::clamp(m_rows * cell + kMaxLabelWidth / 2 + fm.height(), 160, 640));
}

QSize MatrixHeatmap::minimumSizeHint() const
{
    return QSize(80, 80);
}

void MatrixHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const Layout l = layout();
    const QFontMetrics fm(font());
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(kMargin, kMargin, width() - 2 * kMargin, l.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - 2 * kMargin));
        p.setFont(font());
    }
    if (l.cell <= 0.0)
        return;
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_columns; ++c) {
            const QRectF cell(l.grid.left() + c * l.cell, l.grid.top() + r * l.cell, l.cell, l.cell);
            p.fillRect(cell, colour(value(r, c)));
        }
    const QColor text = palette().color(QPalette::WindowText);
    if (l.labels) {
        p.setPen(text);
        for (int r = 0; r < m_rows && r < m_rowLabels.size(); ++r) {
            const QRect box(l.grid.left() - l.rowLabelWidth, int(l.grid.top() + r * l.cell), l.rowLabelWidth - 3,
                int(std::ceil(l.cell)));
            QFont f = font();
            f.setBold(r == m_highlighted);
            p.setFont(f);
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(m_rowLabels[r], Qt::ElideRight, box.width()));
        }
        p.setFont(font());
        for (int c = 0; c < m_columns && c < m_columnLabels.size(); ++c) {
            // Column labels read upwards, so long tokens fit narrow cells.
            p.save();
            p.translate(l.grid.left() + (c + 0.5) * l.cell, l.grid.top() - 3);
            p.rotate(-90);
            QFont f = font();
            f.setBold(c == m_highlighted && m_rows == m_columns);
            p.setFont(f);
            p.drawText(QRect(0, -fm.height() / 2, l.columnLabelHeight - 3, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(m_columnLabels[c], Qt::ElideRight, l.columnLabelHeight - 3));
            p.restore();
        }
    }
    if (m_highlighted >= 0) {
        const QRectF row(l.grid.left(), l.grid.top() + m_highlighted * l.cell, l.grid.width(), l.cell);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        p.drawRect(row.adjusted(-1, -1, 1, 1));
    }
    if (m_hover) {
        p.setPen(QPen(text, 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(l.grid.left() + m_hover->column * l.cell, l.grid.top() + m_hover->row * l.cell, l.cell, l.cell));
    }
}

void MatrixHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    const std::optional<Cell> cell = cellAt(event->position().toPoint());
    const bool changed = cell.has_value() != m_hover.has_value()
        || (cell && (cell->row != m_hover->row || cell->column != m_hover->column));
    m_hover = cell;
    if (!changed)
        return;
    update();
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    const QString text = cellText(cell->row, cell->column);
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
    Q_EMIT hovered(cell->row, cell->column, value(cell->row, cell->column), text);
}

void MatrixHeatmap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const Layout l = layout();
    int row = rowAtLabel(pos, l);
    if (row < 0) {
        const int column = columnAtLabel(pos, l);
        if (column >= 0 && column < m_rows && m_rows == m_columns)
            row = column; // a key token: its own row
    }
    if (row < 0)
        if (const std::optional<Cell> cell = cellAt(pos))
            row = cell->row;
    if (row >= 0)
        Q_EMIT tokenClicked(row);
}

void MatrixHeatmap::leaveEvent(QEvent*)
{
    if (m_hover) {
        m_hover.reset();
        update();
    }
}

} // namespace nw
