#pragma once
// The Attention dock's first page: what the attention layers of a network look
// at for the sample on show. One MultiHeadAttention node's heads side by side,
// or small multiples of every head of every layer (a row per layer), or attention
// rollout across the layers (Abnar and Zuidema 2020, core/explain's
// attentionRollout). Queries are rows and keys columns, labelled with the sample's
// tokens; clicking a token highlights its row in every map. Shows what it is
// given (setTrace()); the AttentionController decides what and when.
#include "explain/SequenceTrace.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace nw {

class MatrixHeatmap;

class AttentionPage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Heads, AllLayers, Rollout };

    explicit AttentionPage(QWidget* parent = nullptr);

    // A trace (it may hold no attention node: the page says so), the sample's
    // tokens (one per step) and what the maps are of ("Sample 3 …, epoch 4").
    void setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption);
    void setMessage(const QString& message);

    Mode mode() const;
    void setMode(Mode mode);
    QString node() const;
    void setNode(const QString& node);
    // The maps on show, in reading order.
    QList<MatrixHeatmap*> heatmaps() const { return m_maps; }
    int highlightedToken() const { return m_highlighted; }
    void highlightToken(int token); // -1: none
    QString hoverText() const;
    QString message() const;
    // The rollout on show ([T, T]), empty in the other modes.
    const Tensor& rollout() const { return m_rollout; }

Q_SIGNALS:
    void tokenHighlighted(int token);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    int headColumns() const;
    MatrixHeatmap* tile(int index);
    void showMessage(const QString& message);

    QComboBox* m_nodeBox;
    QComboBox* m_modeBox;
    QLabel* m_caption;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QWidget* m_gridHost;
    QGridLayout* m_grid;
    QLabel* m_hover;

    std::shared_ptr<const SequenceTrace> m_trace;
    QStringList m_tokens;
    QList<MatrixHeatmap*> m_maps;
    Tensor m_rollout;
    int m_highlighted = -1;
    int m_headColumns = 0;
};

} // namespace nw
