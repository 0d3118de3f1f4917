#pragma once
// The Explain dock's embedding page: a hidden layer's outputs over the test split,
// projected to two dimensions (ProjectionScatter), with a layer picker and
// PNG/SVG/CSV export. A pure view: it says projectionRequested() (a new layer, or
// Refresh) and pointActivated() with the clicked point; ExplainController computes
// and answers with setPoints().
#include "ProjectionScatter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace nw {

class ProjectionPage : public QWidget {
    Q_OBJECT
public:
    explicit ProjectionPage(QWidget* parent = nullptr);

    void setNodes(const QStringList& nodes, const QString& preferred);
    QString node() const;
    void setNode(const QString& node);
    void setBusy(const QString& message);
    void setPoints(ProjectionScatter::Points points, const QString& caption);
    void setMessage(const QString& message);

    ProjectionScatter* scatter() const { return m_scatter; }
    QComboBox* nodeBox() const { return m_node; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLabel* caption() const { return m_caption; }

Q_SIGNALS:
    void projectionRequested(const QString& node);
    void pointActivated(int point);

private:
    QComboBox* m_node;
    QPushButton* m_refresh;
    QLabel* m_caption;
    ProjectionScatter* m_scatter;
};

} // namespace nw
