#pragma once
// The Explain dock's feature-maps page: a layer picker and that layer's output for
// the sample on show, one tile per channel (FeatureMapGrid), with PNG/SVG/CSV
// export. A pure view: it says nodeChanged() and ExplainController answers with
// setActivations().
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace nw {

class FeatureMapGrid;
class Tensor;

class FeatureMapsPage : public QWidget {
    Q_OBJECT
public:
    explicit FeatureMapsPage(QWidget* parent = nullptr);

    // Layers to offer, with their output shapes for the list; keeps the choice when it is still there,
    // else picks `preferred`.
    void setNodes(const QStringList& nodes, const QStringList& shapes, const QString& preferred);
    QString node() const;
    void setNode(const QString& node);
    void setActivations(const QString& node, const Tensor& activations, const QString& sampleTitle);
    void setMessage(const QString& message);

    QComboBox* nodeBox() const { return m_node; }
    FeatureMapGrid* grid() const { return m_grid; }
    QLabel* caption() const { return m_caption; }

Q_SIGNALS:
    void nodeChanged(const QString& node);

private:
    QComboBox* m_node;
    FeatureMapGrid* m_grid;
    QLabel* m_caption;
};

} // namespace nw
