#pragma once
// The Attention dock's second page: a recurrent layer (SimpleRNN, LSTM, GRU)
// reading the sample on show. Its hidden state over time as a units x steps
// heatmap (steps labelled with the sample's tokens; a bidirectional layer's
// forward units first, then the backward ones, as PyTorch concatenates them), and
// for LSTM and GRU one such map per gate: sigmoid gates from 0 to 1, the tanh
// candidate (LSTM g, GRU n) and the state itself from -1 to 1.
#include "explain/SequenceTrace.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace nw {

class MatrixHeatmap;

class RecurrentPage : public QWidget {
    Q_OBJECT
public:
    explicit RecurrentPage(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption);
    void setMessage(const QString& message);

    QString node() const;
    void setNode(const QString& node);
    // The hidden-state map first, then one per gate.
    QList<MatrixHeatmap*> heatmaps() const { return m_maps; }
    QString hoverText() const;
    QString message() const;

private:
    void rebuild();
    void showMessage(const QString& message);
    MatrixHeatmap* tile(int index);

    QComboBox* m_nodeBox;
    QLabel* m_caption;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QWidget* m_host;
    QVBoxLayout* m_column;
    QLabel* m_hover;

    std::shared_ptr<const SequenceTrace> m_trace;
    QStringList m_tokens;
    QList<MatrixHeatmap*> m_maps;
};

// A gate's name for people: "forget gate f".
QString gateTitle(const std::string& layerType, const std::string& gate);

} // namespace nw
