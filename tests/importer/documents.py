"""Small OpenAPI documents written for these tests: a pet shop in 3.1 and in 3.0."""

from __future__ import annotations

from typing import Any

PETSTORE_31_YAML = """\
openapi: 3.1.0
info:
  title: Pet Shop
  version: 2.0.0
  description: Pets, their owners and orders.
servers:
  - url: https://petshop.example.com/v2
    description: Production
tags:
  - name: pets
    description: Pets on sale.
  - name: store
    description: Orders.
security:
  - api_key: []
paths:
  /pets:
    get:
      tags: [pets]
      operationId: listPets
      summary: List pets
      description: Pets on sale, filtered by status.
      parameters:
        - name: status
          in: query
          description: Statuses to keep
          schema:
            type: array
            items: {$ref: '#/components/schemas/Status'}
          example: [available, pending]
        - $ref: '#/components/parameters/Limit'
      responses:
        '200':
          description: The pets
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Pet'}
        '400':
          description: Bad filter
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
              example: {code: 400, message: bad status}
    post:
      tags: [pets]
      operationId: createPet
      summary: Add a pet
      description: Put a new pet on sale.
      security:
        - bearer: []
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name, category]
              properties:
                name: {type: string, description: Name of the pet, example: Rex}
                category: {$ref: '#/components/schemas/Category'}
                tags:
                  type: array
                  description: Tags of the pet
                  items: {$ref: '#/components/schemas/Tag'}
                  examples: [[{id: 1, name: good-boy}]]
      responses:
        '201':
          description: The pet was added
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
  /pets/{petId}:
    parameters:
      - name: petId
        in: path
        required: true
        description: Id of the pet
        schema: {type: integer, format: int64, minimum: 1}
        example: 42
    get:
      tags: [pets]
      operationId: getPet
      summary: Find a pet
      description: One pet by id.
      responses:
        '200':
          description: The pet
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
    delete:
      tags: [pets]
      operationId: deletePet
      summary: Remove a pet
      description: Take a pet off sale.
      security:
        - bearer: []
      responses:
        '204':
          description: Removed
  /health:
    get:
      operationId: health
      summary: Health
      description: Whether the shop is up.
      security: []
      responses:
        '200':
          description: Up
          content:
            text/plain:
              schema: {type: string}
              example: ok
components:
  parameters:
    Limit:
      name: limit
      in: query
      description: Most pets to return
      schema: {type: integer, minimum: 1, maximum: 100, default: 20}
      example: 10
  schemas:
    Status:
      type: string
      description: Sale status of a pet
      enum: [available, pending, sold]
      example: available
    Category:
      type: object
      description: A category of pets
      required: [id, name]
      properties:
        id: {type: integer, description: Category id, example: 1}
        name: {type: string, description: Category name, example: Dogs}
    Tag:
      type: object
      description: A label on a pet
      required: [id, name]
      properties:
        id: {type: integer, description: Tag id, example: 7}
        name: {type: string, description: Tag name, example: good-boy}
    Pet:
      type: object
      description: A pet on sale
      required: [id, name, status]
      properties:
        id: {type: integer, format: int64, description: Pet id, example: 42}
        name: {type: string, description: Name of the pet, example: Rex}
        status: {$ref: '#/components/schemas/Status'}
        nickname: {type: [string, 'null'], description: What the owner calls it, example: null}
        category: {$ref: '#/components/schemas/Category'}
        tags:
          type: array
          description: Tags of the pet
          items: {$ref: '#/components/schemas/Tag'}
        owner:
          type: object
          description: Who sells the pet
          required: [name]
          properties:
            name: {type: string, description: Owner name, example: Alice}
            email: {type: string, format: email, description: Owner email, example: alice@example.com}
            address:
              type: object
              description: Where the owner lives
              properties:
                city: {type: string, description: City, example: Paris}
        attributes:
          type: object
          description: Free attributes
          additionalProperties: {type: string}
          example: {color: brown}
    Error:
      type: object
      description: What went wrong
      required: [code, message]
      properties:
        code: {type: integer, description: HTTP status, example: 400}
        message: {type: string, description: Message, example: bad status}
  securitySchemes:
    api_key:
      type: apiKey
      in: header
      name: X-API-Key
      description: The shop's API key.
    bearer:
      type: http
      scheme: bearer
      description: A user's access token.
"""

PETSTORE_30: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pet Clinic", "version": "1"},
    "servers": [
        {"url": "https://{host}/api", "variables": {"host": {"default": "clinic.example.org"}}}
    ],
    "paths": {
        "/visits": {
            "post": {
                "operationId": "bookVisit",
                "tags": ["Visits"],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/VisitForm"},
                            "example": {"pet": "Rex", "reason": "checkup"},
                        }
                    }
                },
                "responses": {
                    "default": {
                        "description": "The booked visit",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Visit"}}
                        },
                    }
                },
            }
        },
        "/visits/{visitId}": {
            "get": {
                "operationId": "getVisit",
                "tags": ["Visits"],
                "parameters": [
                    {
                        "name": "visitId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "format": "uuid"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "The visit",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Visit"},
                                "examples": {
                                    "booked": {
                                        "value": {
                                            "id": "v1",
                                            "pet": "Rex",
                                            "reason": "checkup",
                                            "vet": None,
                                        }
                                    },
                                    "done": {
                                        "value": {
                                            "id": "v2",
                                            "pet": "Rex",
                                            "reason": "checkup",
                                            "vet": "Dr. Who",
                                        }
                                    },
                                },
                            }
                        },
                    },
                    "404": {"description": "No such visit"},
                },
            }
        },
    },
    "components": {
        "schemas": {
            "VisitForm": {
                "type": "object",
                "required": ["pet", "reason"],
                "properties": {
                    "pet": {"type": "string", "description": "Name of the pet"},
                    "reason": {"type": "string", "enum": ["checkup", "vaccine", "surgery"]},
                },
            },
            "Visit": {
                "allOf": [
                    {"$ref": "#/components/schemas/VisitForm"},
                    {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string", "example": "v1"},
                            "vet": {"type": "string", "nullable": True, "example": "Dr. Who"},
                        },
                    },
                ]
            },
        },
        "securitySchemes": {
            "clinic_cookie": {"type": "apiKey", "in": "cookie", "name": "clinic-session"}
        },
    },
    "security": [{"clinic_cookie": []}],
}
