"""Layout of an actor's counterpart network for an inline SVG: the actor in the middle, its
most frequent counterparts on a circle, edge width by the number of shared events."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from parley.models import ActorSummary

SIZE = 520
CENTER = SIZE / 2
RADIUS = 190
MAX_NODES = 14


@dataclass(frozen=True)
class Node:
    key: str
    name: str
    x: float
    y: float
    weight: int
    center: bool = False

    @property
    def label_anchor(self) -> str:
        if self.center or abs(self.x - CENTER) < 20:
            return "middle"
        return "start" if self.x > CENTER else "end"


@dataclass(frozen=True)
class Edge:
    source: Node
    target: Node
    weight: int
    width: float


@dataclass(frozen=True)
class CounterpartGraph:
    nodes: list[Node]
    edges: list[Edge]
    hidden: int  # counterparts left out to keep the drawing readable
    size: int = SIZE


def _width(weight: int, heaviest: int) -> float:
    return 1.0 + 7.0 * weight / heaviest


def build_counterpart_graph(
    actor: ActorSummary, actors: Mapping[str, ActorSummary]
) -> CounterpartGraph:
    """Nodes and edges for `actor` and its top counterparts (`actors` gives their names).

    Edges between two counterparts are drawn too when they met each other, from the
    counterpart's own summary.
    """
    ranked = sorted(actor.counterparts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = ranked[:MAX_NODES]
    center = Node(actor.key, actor.name, CENTER, CENTER, actor.event_count, center=True)
    nodes = [center]
    for index, (key, weight) in enumerate(shown):
        angle = 2 * math.pi * index / max(len(shown), 1) - math.pi / 2
        other = actors.get(key)
        nodes.append(
            Node(
                key,
                other.name if other else key,
                CENTER + RADIUS * math.cos(angle),
                CENTER + RADIUS * math.sin(angle),
                weight,
            )
        )
    heaviest = max((weight for _, weight in shown), default=1)
    edges = [Edge(center, node, node.weight, _width(node.weight, heaviest)) for node in nodes[1:]]
    by_key = {node.key: node for node in nodes[1:]}
    for node in nodes[1:]:
        summary = actors.get(node.key)
        if summary is None:
            continue
        for other_key, weight in summary.counterparts.items():
            peer = by_key.get(other_key)
            if peer is not None and node.key < other_key:
                edges.append(Edge(node, peer, weight, _width(weight, heaviest)))
    return CounterpartGraph(nodes=nodes, edges=edges, hidden=max(len(ranked) - len(shown), 0))
