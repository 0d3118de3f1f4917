#pragma once
// One matrix as a heatmap with labelled rows and columns: an attention head
// (queries as rows, keys as columns, the sample's tokens on both axes) or a
// recurrent layer's states (units as rows, steps as columns). Values take the
// Explain dock's colour scales (MapColouring): weights and gates on the
// sequential one, states on the diverging one. The cell under the mouse is named
// in a tooltip and by hovered(); clicking a token, on either axis, or a cell picks
// a row (tokenClicked()), which the owner highlights in every map it shows.
// Labels are left out when the cells are too small to carry them (small multiples).
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace nw {

class MatrixHeatmap : public QWidget {
    Q_OBJECT
public:
    enum class Scale {
        Sequential, // 0 .. scale
        Diverging,  // -scale .. scale
    };
    struct Cell {
        int row = -1;
        int column = -1;
    };

    explicit MatrixHeatmap(QWidget* parent = nullptr);

    // rows x columns values, row-major. `scale` 0: the largest |value| (never zero).
    void setMatrix(int rows, int columns, std::vector<float> values, Scale scale, float scaleValue = 0.0f);
    void setLabels(QStringList rowLabels, QStringList columnLabels);
    void setTitle(const QString& title);
    // What the axes are called in the hover text ("query", "key"; "unit", "step").
    void setAxisNames(const QString& rowName, const QString& columnName);
    void setHighlightedRow(int row); // -1: none

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    float value(int row, int column) const;
    int highlightedRow() const { return m_highlighted; }
    QString title() const { return m_title; }

    // Geometry, for tests and tooltips: the cell under a point, a cell's centre, a
    // row label's centre (invalid when labels are hidden).
    std::optional<Cell> cellAt(QPoint pos) const;
    QPoint cellCentre(int row, int column) const;
    QPoint rowLabelCentre(int row) const;
    // The text the tooltip shows for a cell.
    QString cellText(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void hovered(int row, int column, float value, const QString& text);
    // A row label, a column label (token k: row k) or a cell (its row) was clicked.
    void tokenClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Layout {
        QRect grid;
        double cell = 0.0;
        int rowLabelWidth = 0;
        int columnLabelHeight = 0;
        int titleHeight = 0;
        bool labels = false;
    };
    Layout layout() const;
    QColor colour(float value) const;
    int columnAtLabel(QPoint pos, const Layout& l) const;
    int rowAtLabel(QPoint pos, const Layout& l) const;

    int m_rows = 0;
    int m_columns = 0;
    std::vector<float> m_values;
    Scale m_scale = Scale::Sequential;
    float m_scaleValue = 1.0f;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QString m_title;
    QString m_rowName;
    QString m_columnName;
    int m_highlighted = -1;
    std::optional<Cell> m_hover;
};

} // namespace nw
